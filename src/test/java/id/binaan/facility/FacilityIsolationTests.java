package id.binaan.facility;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import id.binaan.TestDatabase;
import id.binaan.account.CurrentUser;
import id.binaan.account.Role;
import id.binaan.account.TestUsers;

/**
 * The first wall, through the pages: an ADMIN or STAFF works on their own facility's records only; another
 * facility's record answers 404 exactly as one that does not exist, and lists and reports show none of it.
 * Regional and national officers read across their facilities.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FacilityIsolationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    id.binaan.account.Accounts accounts;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    Facilities facilities;

    long other;
    long ours;
    long theirs;
    String ourName;
    String theirName;
    CurrentUser otherAdmin;

    @BeforeEach
    void twoFacilitiesEachWithAnInmate() {
        other = FacilityFixtures.newFacility("Lapas Uji " + UUID.randomUUID().toString().substring(0, 6), "Asia/Jayapura");
        facilities.changed();
        ourName = "Warga Pangkep " + UUID.randomUUID().toString().substring(0, 6);
        theirName = "Warga Lapas " + UUID.randomUUID().toString().substring(0, 6);
        ours = FacilityFixtures.inmateIn(TestDatabase.FACILITY, "B.I " + UUID.randomUUID().toString().substring(0, 6), ourName);
        theirs = FacilityFixtures.inmateIn(other, "B.I " + UUID.randomUUID().toString().substring(0, 6), theirName);
        otherAdmin = TestUsers.ofFacility(Role.ADMIN, other, "admin-lain");
    }

    @Test
    void anotherFacilitysInmateIsAsIfItDidNotExist() throws Exception {
        CurrentUser ourAdmin = TestUsers.principal(Role.ADMIN, null);
        mvc.perform(get("/inmates/" + theirs).with(user(ourAdmin))).andExpect(status().isNotFound());
        mvc.perform(get("/inmates/" + theirs + "/edit").with(user(ourAdmin))).andExpect(status().isNotFound());
        mvc.perform(get("/inmates/" + theirs + "/evidence.pdf").with(user(ourAdmin))).andExpect(status().isNotFound());
        mvc.perform(get("/inmates/" + ours).with(user(otherAdmin))).andExpect(status().isNotFound());
        mvc.perform(get("/inmates/" + theirs).with(user(otherAdmin))).andExpect(status().isOk())
                .andExpect(content().string(containsString(theirName)));
    }

    @Test
    void listsShowOnlyTheFacilitysOwn() throws Exception {
        mvc.perform(get("/inmates").param("q", "Warga").with(user(otherAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(theirName)))
                .andExpect(content().string(not(containsString(ourName))));
        mvc.perform(get("/inmates").param("q", "Warga").with(user(TestUsers.principal(Role.STAFF, null))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ourName)))
                .andExpect(content().string(not(containsString(theirName))));
    }

    @Test
    void regionalAndNationalOfficersReadAcrossTheirFacilitiesAndChangeNothing() throws Exception {
        CurrentUser regional = TestUsers.regional(FacilityFixtures.regionOf(other), List.of(other));
        mvc.perform(get("/").with(user(regional))).andExpect(redirectedUrl("/region"));
        mvc.perform(get("/region").with(user(regional)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lapas Uji")))
                .andExpect(content().string(not(containsString("Rutan Kelas IIB Pangkep"))));
        mvc.perform(get("/inmates/" + theirs).with(user(regional))).andExpect(status().isForbidden());
        mvc.perform(get("/inmates").with(user(regional))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/facilities").with(user(regional))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/enrollments.csv").with(user(regional)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv")))
                .andExpect(content().string(containsString("facility_code,registration_number")));
    }

    @Test
    void aNationalOfficerAddsAFacilityAndSeesEveryFacilityButNoFacilitysRecords() throws Exception {
        CurrentUser national = TestUsers.principal(Role.NATIONAL, null);
        String code = "LPKA-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        mvc.perform(get("/").with(user(national))).andExpect(redirectedUrl("/national"));
        mvc.perform(post("/admin/facilities").with(user(national)).with(csrf()).param("code", code)
                        .param("name", "LPKA Uji").param("type", "LPKA").param("newRegion", "Papua Uji " + code)
                        .param("zone", "Asia/Jayapura").param("headName", "").param("headNip", "12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("NIP terdiri atas 18 angka")))
                .andExpect(content().string(containsString("value=\"" + code + "\"")));
        mvc.perform(post("/admin/facilities").with(user(national)).with(csrf()).param("code", code)
                        .param("name", "LPKA Uji").param("type", "LPKA").param("newRegion", "Papua Uji " + code)
                        .param("zone", "Asia/Jayapura").param("headName", "").param("headNip", ""))
                .andExpect(redirectedUrl("/admin/facilities"));
        mvc.perform(get("/admin/facilities").with(user(national)))
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(containsString("Papua Uji " + code)));
        mvc.perform(get("/national").with(user(national)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("LPKA Uji")))
                .andExpect(content().string(containsString("Rutan Kelas IIB Pangkep")));
        mvc.perform(get("/inmates/" + ours).with(user(national))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/facilities").with(user(otherAdmin)).with(csrf()).param("code", "X-1"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aFacilityAdministratorManagesTheirOwnFacilitysAccountsAndGivesNoRegionalOrNationalRole() throws Exception {
        String staff = "staf-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.createIfAbsent("test", staff, "Staf Pangkep", Role.STAFF, null, "kata-sandi-uji-panjang");
        Long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, staff);
        mvc.perform(get("/admin/users").with(user(otherAdmin)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(staff))));
        mvc.perform(get("/admin/users/" + id).with(user(otherAdmin))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/users/" + id).with(user(TestUsers.principal(Role.ADMIN, null)))).andExpect(status().isOk());
        String officer = "pusat-" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/admin/users").with(user(TestUsers.principal(Role.ADMIN, null))).with(csrf())
                        .param("username", officer).param("fullName", "Bukan Pusat").param("role", "NATIONAL")
                        .param("password", "kata-sandi-uji-panjang"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("bukan oleh administrator UPT")));
        mvc.perform(get("/admin/users/new").with(user(TestUsers.principal(Role.ADMIN, null))))
                .andExpect(content().string(not(containsString("value=\"NATIONAL\""))));
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "select count(*) from user_account where username = ?", Long.class, officer)).isZero();
    }

    @Test
    void aFacilityAdminsExportHasNoFacilityColumn() throws Exception {
        mvc.perform(get("/reports/enrollments.csv").with(user(TestUsers.principal(Role.ADMIN, null))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("registration_number,inmate_name")))
                .andExpect(content().string(not(containsString("facility_code"))));
    }
}
