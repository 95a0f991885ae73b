package id.binaan.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.binaan.TestDatabase;
import id.binaan.account.CurrentUser;
import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import id.binaan.shared.RuleViolation;
import id.binaan.shared.Scope;
import id.binaan.shared.ServiceAccess;

/**
 * The directorate's administration: the accounts of regional officers and facility administrators, made beside the
 * facilities; and a facility code that two officers take at the same moment.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NationalAdministrationTests {

    static final String PASSWORD = "Kanwil-Sulsel-2026!";

    @Autowired
    MockMvc mvc;
    @Autowired
    Facilities facilities;
    @Autowired
    FacilityAdministration administration;

    JdbcTemplate owner = TestDatabase.get().owner();
    String tag;
    CurrentUser national;
    long facility;
    String facilityName;
    long region;

    @BeforeEach
    void aFacilityInARegion() {
        tag = UUID.randomUUID().toString().substring(0, 6);
        facilityName = "Lapas Uji Sorong " + tag;
        facility = FacilityFixtures.newFacility(facilityName, "Asia/Jayapura");
        region = FacilityFixtures.regionOf(facility);
        facilities.changed();
        national = TestUsers.principal(Role.NATIONAL, null, "pusat-" + tag);
    }

    @Test
    void theFacilitiesPageLeadsToTheOfficersAccounts() throws Exception {
        mvc.perform(get("/admin/facilities").with(user(national)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/facilities/accounts\"")));
        mvc.perform(get("/admin/facilities/accounts").with(user(national)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Akun petugas Kanwil dan administrator UPT")))
                .andExpect(content().string(containsString(facilityName)))
                .andExpect(content().string(containsString("Wilayah ")));
    }

    @Test
    void aNationalOfficerCreatesARegionalOfficerWithATemporaryPasswordAudited() throws Exception {
        String username = "kanwil-" + tag;
        mvc.perform(create(username, "Petugas Kanwil Uji", "REGIONAL").param("regionId", String.valueOf(region)))
                .andExpect(redirectedUrl("/admin/facilities/accounts"))
                .andExpect(flash().attribute("flashKey", "account.created"));
        Map<String, Object> account = owner.queryForMap(
                "select role, region_id, facility_id, must_change_password from user_account where username = ?",
                username);
        assertThat(account).containsEntry("role", "REGIONAL").containsEntry("region_id", region)
                .containsEntry("must_change_password", true);
        assertThat(account.get("facility_id")).isNull();
        assertThat(owner.queryForObject("select count(*) from audit_event where action = 'ACCOUNT_CREATED' "
                + "and actor = ? and details like ?", Long.class, "pusat-" + tag, "username=" + username + ", role=REGIONAL%"))
                .isEqualTo(1);
        String row = between(mvc.perform(get("/admin/facilities/accounts").with(user(national)))
                .andReturn().getResponse().getContentAsString(), "id=\"officer-" + username + "\"", "</tr>");
        assertThat(row).contains("Petugas Kanwil Uji").contains("Petugas Kanwil").contains("Wilayah ");
    }

    @Test
    void aNationalOfficerCreatesAFacilityAdministratorOfThatFacility() throws Exception {
        String username = "admin-sorong-" + tag;
        mvc.perform(create(username, "Admin Sorong", "ADMIN").param("facilityId", String.valueOf(facility))
                        .param("regionId", String.valueOf(region)))
                .andExpect(redirectedUrl("/admin/facilities/accounts"));
        Map<String, Object> account = owner.queryForMap(
                "select role, region_id, facility_id from user_account where username = ?", username);
        assertThat(account).containsEntry("role", "ADMIN").containsEntry("facility_id", facility);
        assertThat(account.get("region_id")).isNull();
        String row = between(mvc.perform(get("/admin/facilities/accounts").with(user(national)))
                .andReturn().getResponse().getContentAsString(), "id=\"officer-" + username + "\"", "</tr>");
        assertThat(row).contains("Admin Sorong").contains("Administrator").contains(facilityName);
    }

    @Test
    void badInputIsToldBesideEachFieldAndTheValuesStay() throws Exception {
        mvc.perform(create("kanwil baru!", "", "REGIONAL", "pendek").param("regionId", String.valueOf(region)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"error-summary\"")))
                .andExpect(content().string(containsString("id=\"username-error\"")))
                .andExpect(content().string(containsString("Nama pengguna hanya boleh berisi huruf")))
                .andExpect(content().string(containsString("Isi nama lengkap.")))
                .andExpect(content().string(containsString("Kata sandi minimal 12 karakter.")))
                .andExpect(content().string(containsString("value=\"kanwil baru!\"")))
                .andExpect(content().string(containsString("<option value=\"" + region + "\" selected=\"selected\"")));
        mvc.perform(create("admin-" + tag, "Admin Tanpa UPT", "ADMIN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"facilityId-error\"")))
                .andExpect(content().string(containsString("Pilih UPT administrator ini.")))
                .andExpect(content().string(containsString("value=\"Admin Tanpa UPT\"")));
        mvc.perform(create("staf-" + tag, "Petugas Biasa", "STAFF").param("facilityId", String.valueOf(facility)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Di sini hanya dibuat akun petugas Kanwil dan administrator UPT.")));
        mvc.perform(create("", "Tanpa Peran", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pilih peran.")));
        assertThat(owner.queryForObject("select count(*) from user_account where username in (?, ?)", Long.class,
                "admin-" + tag, "staf-" + tag)).isZero();
    }

    @Test
    void aTakenUsernameIsToldBesideTheField() throws Exception {
        String username = "kanwil-" + tag;
        mvc.perform(create(username, "Pertama", "REGIONAL").param("regionId", String.valueOf(region)))
                .andExpect(redirectedUrl("/admin/facilities/accounts"));
        mvc.perform(create(username.toUpperCase(), "Kedua", "ADMIN").param("facilityId", String.valueOf(facility)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"username-error\"")))
                .andExpect(content().string(containsString("Nama pengguna ini sudah dipakai.")))
                .andExpect(content().string(containsString("value=\"Kedua\"")));
    }

    @Test
    void onlyTheNationalOfficersManageTheseAccounts() throws Exception {
        mvc.perform(get("/admin/facilities/accounts").with(user(TestUsers.principal(Role.ADMIN, null))))
                .andExpect(status().isForbidden());
        mvc.perform(create("x-" + tag, "X", "ADMIN").param("facilityId", String.valueOf(facility))
                        .with(user(TestUsers.regional(region, java.util.List.of(facility)))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(user(TestUsers.principal(Role.ADMIN, null))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("kanwil-" + tag))));
    }

    /**
     * Two officers add the same code at once: both checks find it free, the second insert meets the first's row in
     * the unique index and waits for it; once the first commits, the second hears that the code is taken.
     */
    @Test
    void aCodeTakenAtTheSameMomentIsAFieldMessageNotAnError() throws Exception {
        String code = "SAMA-" + tag.toUpperCase();
        try (Connection first = TestDatabase.get().connect()) {
            first.setAutoCommit(false);
            try (var insert = first.prepareStatement("insert into facility (code, name, type, region_id, zone) "
                    + "values (?, 'Lapas Pertama', 'LAPAS', ?, 'Asia/Jakarta')")) {
                insert.setString(1, code);
                insert.setLong(2, region);
                insert.executeUpdate();
            }
            CompletableFuture<Long> second = CompletableFuture.supplyAsync(() -> Scope.system().call(() ->
                    ServiceAccess.asSystem(() -> administration.create("pusat-" + tag, code.toLowerCase(),
                            "Lapas Kedua", FacilityType.LAPAS, region, "Asia/Jakarta", null, null))));
            waitUntilSomeoneWaitsFor(first);
            first.commit();
            assertThat(second).failsWithin(30, TimeUnit.SECONDS).withThrowableThat().havingRootCause()
                    .isInstanceOfSatisfying(RuleViolation.class, v -> {
                        assertThat(v.field()).isEqualTo("code");
                        assertThat(v.messageKey()).isEqualTo("facility.error.code.taken");
                    });
        }
        assertThat(owner.queryForList("select name from facility where upper(code) = ?", String.class, code))
                .containsExactly("Lapas Pertama");
    }

    @Test
    void aRegionAddedTwiceAtOnceIsOneRegion() throws Exception {
        String name = "Kanwil Serentak " + tag;
        try (Connection first = TestDatabase.get().connect()) {
            first.setAutoCommit(false);
            long made;
            try (var insert = first.prepareStatement("insert into region (name) values (?) returning id")) {
                insert.setString(1, name);
                try (var rs = insert.executeQuery()) {
                    rs.next();
                    made = rs.getLong(1);
                }
            }
            CompletableFuture<Long> second = CompletableFuture.supplyAsync(() -> Scope.system().call(() ->
                    ServiceAccess.asSystem(() -> administration.ensureRegion("pusat-" + tag, name.toUpperCase()))));
            waitUntilSomeoneWaitsFor(first);
            first.commit();
            assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(made);
        }
    }

    private MockHttpServletRequestBuilder create(String username, String fullName, String role) {
        return create(username, fullName, role, PASSWORD);
    }

    private MockHttpServletRequestBuilder create(String username, String fullName, String role, String password) {
        return post("/admin/facilities/accounts").with(user(national)).with(csrf()).param("username", username)
                .param("fullName", fullName).param("role", role).param("password", password);
    }

    /** Until another session waits for the transaction of {@code first} (its insert meets the first's row). */
    private void waitUntilSomeoneWaitsFor(Connection first) throws Exception {
        long pid;
        try (var statement = first.createStatement(); var rs = statement.executeQuery("select pg_backend_pid()")) {
            rs.next();
            pid = rs.getLong(1);
        }
        for (int i = 0; i < 400; i++) {
            Long waiting = owner.queryForObject("""
                    select count(*) from pg_locks w join pg_locks h on h.transactionid = w.transactionid and h.granted
                     where not w.granted and w.locktype = 'transactionid' and h.pid = ?""", Long.class, pid);
            if (waiting > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The second insert never waited for the first");
    }

    private static String between(String page, String from, String to) {
        int start = page.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        int end = page.indexOf(to, start);
        return page.substring(start, end);
    }
}
