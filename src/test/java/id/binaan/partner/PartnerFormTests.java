package id.binaan.partner;

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

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import id.binaan.account.Accounts;
import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Bad input on the partner forms: messages beside the fields, what was typed kept, stale versions refused. */
@SpringBootTest
@AutoConfigureMockMvc
class PartnerFormTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Partners partners;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void registeringAPartnerRedirectsToItsPageAndAuditsIt() throws Exception {
        String name = "LPK Uji " + UUID.randomUUID();
        String location = mvc.perform(staff(post("/partners/new")).param("name", name).param("type", "LPK")
                        .param("phone", "+62 812-3456-7890").param("email", "lpk@contoh.id"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashKey", "partner.flash.created"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(staff(get(location))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("+62 812-3456-7890")));
        Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PARTNER_CREATED' and target_id = ?",
                Integer.class, id.toString())).isEqualTo(1);
    }

    @Test
    void badInputIsReportedBesideEachFieldAndWhatWasTypedIsKept() throws Exception {
        mvc.perform(staff(post("/partners/new")).param("name", "").param("type", "")
                        .param("phone", "telp-abc").param("email", "bukan-surel").param("contactPerson", "Bu Rahma"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Isi nama mitra.")))
                .andExpect(content().string(containsString("Pilih jenis lembaga.")))
                .andExpect(content().string(containsString("Nomor telepon hanya boleh berisi angka")))
                .andExpect(content().string(containsString("Tulis alamat surel yang benar")))
                .andExpect(content().string(containsString("value=\"Bu Rahma\"")))
                .andExpect(content().string(containsString("value=\"telp-abc\"")));
    }

    @Test
    void aPartnerNameIsUniqueWhateverTheCase() throws Exception {
        String name = "PKBM Unik " + UUID.randomUUID();
        partners.ensure(name, PartnerType.PKBM, null, null, null, null);
        mvc.perform(staff(post("/partners/new")).param("name", name.toUpperCase()).param("type", "PKBM"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sudah ada mitra dengan nama ini.")));
    }

    @Test
    void aStaleEditIsRefusedWith409AndNothingIsOverwritten() throws Exception {
        String name = "BPVP Versi " + UUID.randomUUID();
        Long id = partners.ensure(name, PartnerType.BPVP, null, null, null, null);
        mvc.perform(staff(post("/partners/" + id + "/edit")).param("name", name).param("type", "BPVP")
                        .param("contactPerson", "Orang pertama").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(staff(post("/partners/" + id + "/edit")).param("name", name).param("type", "BPVP")
                        .param("contactPerson", "Orang kedua").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("sudah diubah orang lain sejak Anda membukanya; isian Anda tidak disimpan")))
                .andExpect(content().string(containsString("value=\"Orang kedua\"")));
        mvc.perform(staff(get("/partners/" + id))).andExpect(content().string(containsString("Orang pertama")))
                .andExpect(content().string(not(containsString("Orang kedua"))));
    }

    @Test
    void anAgreementMustEndAfterItStartsAndOneEndingSoonIsFlagged() throws Exception {
        Long id = partners.ensure("Disdik Uji " + UUID.randomUUID(), PartnerType.DISDIKBUD, null, null, null, null);
        LocalDate today = LocalDate.now(clock);
        mvc.perform(staff(post("/partners/" + id + "/agreements/new")).param("number", "PKS/9").param("title", "Paket C")
                        .param("scope", "EDUCATION").param("signedOn", today.toString())
                        .param("validFrom", today.toString()).param("validUntil", today.minusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tanggal berakhir harus sesudah tanggal mulai berlaku.")))
                .andExpect(content().string(containsString("value=\"" + today.minusDays(1) + "\"")));
        mvc.perform(staff(post("/partners/" + id + "/agreements/new")).param("number", "PKS/9").param("title", "Paket C")
                        .param("scope", "EDUCATION").param("signedOn", today.toString())
                        .param("validFrom", today.minusYears(1).toString()).param("validUntil", today.plusDays(60).toString()))
                .andExpect(redirectedUrl("/partners/" + id));
        mvc.perform(staff(get("/partners/" + id))).andExpect(content().string(containsString("Segera berakhir")));
        assertThat(partners.expiringAgreements(today, 60)).anyMatch(a -> a.partnerId().equals(id) && a.number().equals("PKS/9"));
        assertThat(partners.expiringAgreements(today, 59)).noneMatch(a -> a.partnerId().equals(id));
    }

    @Test
    void aMeetingNeedsItsDetailsAndAFollowUpCanBeMarkedDone() throws Exception {
        Long id = partners.ensure("PKBM Rapat " + UUID.randomUUID(), PartnerType.PKBM, null, null, null, null);
        mvc.perform(staff(post("/partners/" + id + "/meetings/new")).param("place", "Aula"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Isi tanggal rapat.")))
                .andExpect(content().string(containsString("Tulis ringkasan hasil rapat.")))
                .andExpect(content().string(containsString("value=\"Aula\"")));
        String edit = mvc.perform(staff(post("/partners/" + id + "/meetings/new")).param("heldOn", "2026-11-20")
                        .param("place", "Aula").param("participants", "Petugas").param("summary", "Jadwal ujian"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String description = "Kirim modul " + UUID.randomUUID();
        mvc.perform(staff(post(edit.replace("/edit", "/follow-ups"))).param("description", description).param("dueOn", "2026-11-01"))
                .andExpect(redirectedUrl(edit));
        mvc.perform(staff(get("/partners/follow-ups"))).andExpect(content().string(containsString(description)));
        Long followUp = jdbc.queryForObject("select id from follow_up where description = ?", Long.class, description);
        mvc.perform(staff(post("/partners/" + id + "/follow-ups/" + followUp + "/done")).param("from", "list"))
                .andExpect(redirectedUrl("/partners/follow-ups"));
        mvc.perform(staff(get("/partners/follow-ups"))).andExpect(content().string(not(containsString(description))));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'FOLLOW_UP_DONE' and target_id = ?",
                Integer.class, followUp.toString())).isEqualTo(1);
    }

    @Test
    void anAdminCreatesALiaisonAndATakenUsernameIsReportedBesideTheField() throws Exception {
        Long id = partners.ensure("LPK Penghubung " + UUID.randomUUID(), PartnerType.LPK, null, null, null, null);
        String username = "lpk-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(admin(post("/partners/" + id + "/liaisons/new")).param("username", username).param("fullName", "Bu Sari")
                        .param("password", "pendek").param("passwordRepeat", "lain"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kata sandi awal paling sedikit 12 karakter.")))
                .andExpect(content().string(containsString("Kedua kata sandi tidak sama.")))
                .andExpect(content().string(containsString("value=\"Bu Sari\"")));
        mvc.perform(admin(post("/partners/" + id + "/liaisons/new")).param("username", username).param("fullName", "Bu Sari")
                        .param("password", "sandi-awal-panjang").param("passwordRepeat", "sandi-awal-panjang"))
                .andExpect(redirectedUrl("/partners/" + id));
        assertThat(accounts.liaisonsOf(id)).singleElement().satisfies(a -> {
            assertThat(a.username()).isEqualTo(username);
            assertThat(a.role()).isEqualTo(Role.PARTNER);
        });
        mvc.perform(admin(get("/partners/" + id))).andExpect(content().string(containsString("Bu Sari (" + username + ")")))
                .andExpect(content().string(containsString("id=\"new-liaison\"")));
        mvc.perform(staff(get("/partners/" + id))).andExpect(content().string(not(containsString("id=\"new-liaison\""))));
        mvc.perform(admin(post("/partners/" + id + "/liaisons/new")).param("username", username.toUpperCase()).param("fullName", "Pak Lain")
                        .param("password", "sandi-awal-panjang").param("passwordRepeat", "sandi-awal-panjang"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nama pengguna ini sudah dipakai.")));
    }

    @Test
    void deactivatingIsConfirmedAndHidesThePartnerFromTheActiveList() throws Exception {
        String name = "OTHER Nonaktif " + UUID.randomUUID();
        Long id = partners.ensure(name, PartnerType.OTHER, null, null, null, null);
        mvc.perform(staff(get("/partners/" + id + "/deactivate"))).andExpect(content().string(containsString("Ya, nonaktifkan mitra")));
        mvc.perform(staff(post("/partners/" + id + "/deactivate"))).andExpect(redirectedUrl("/partners/" + id));
        assertThat(partners.options()).noneMatch(o -> o.id().equals(id));
        mvc.perform(staff(get("/partners?type=OTHER&status=active"))).andExpect(content().string(not(containsString(name))));
        mvc.perform(staff(get("/partners?type=OTHER&status=inactive"))).andExpect(content().string(containsString(name)));
    }

    private static MockHttpServletRequestBuilder staff(MockHttpServletRequestBuilder request) {
        return request.with(user(TestUsers.principal(Role.STAFF, null))).with(csrf());
    }

    private static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
        return request.with(user(TestUsers.principal(Role.ADMIN, null))).with(csrf());
    }
}
