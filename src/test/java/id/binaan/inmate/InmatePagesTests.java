package id.binaan.inmate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.event.EventListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@Import(InmatePagesTests.Events.class)
class InmatePagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Inmates inmates;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Events events;

    @TestConfiguration
    static class Events {
        final List<Object> seen = new ArrayList<>();

        @EventListener
        void on(InmateReleased event) {
            seen.add(event);
        }

        @EventListener
        void on(InmateTransferred event) {
            seen.add(event);
        }
    }

    @ParameterizedTest(name = "GET {0}: anonymous {1}, admin/staff {2}, partner {3}")
    @CsvSource(delimiter = '|', textBlock = """
            /inmates                   | 302 | 200 | 403
            /inmates/new               | 302 | 200 | 403
            /inmates/{id}              | 302 | 200 | 403
            /inmates/{id}/edit         | 302 | 200 | 403
            /inmates/{id}/release      | 302 | 200 | 403
            /inmates/{id}/transfer     | 302 | 200 | 403
            /inmates/999999999         | 302 | 404 | 403
            /inmates/import            | 302 | 200 | 403
            /inmates/import/sample.csv | 302 | 200 | 403
            """)
    void everyPageByRole(String route, int anonymous, int staff, int partner) throws Exception {
        Long id = inmates.ensure("test", InmateFixtures.narapidana("Rute Uji"));
        String path = route.replace("{id}", id.toString());
        mvc.perform(html(get(path))).andExpect(status().is(anonymous));
        mvc.perform(html(get(path)).with(user(TestUsers.principal(Role.ADMIN, null)))).andExpect(status().is(staff));
        mvc.perform(html(get(path)).with(user(TestUsers.principal(Role.STAFF, null)))).andExpect(status().is(staff));
        mvc.perform(html(get(path)).with(user(TestUsers.principal(Role.PARTNER, 1L)))).andExpect(status().is(partner));
    }

    @ParameterizedTest
    @CsvSource({"/inmates", "/inmates/{id}", "/inmates/{id}/release", "/inmates/{id}/transfer", "/inmates/import"})
    void partnersCannotChangeAnything(String route) throws Exception {
        Long id = inmates.ensure("test", InmateFixtures.narapidana("Mitra Tidak Boleh"));
        mvc.perform(post(route.replace("{id}", id.toString())).with(csrf())
                .with(user(TestUsers.principal(Role.PARTNER, 1L)))).andExpect(status().isForbidden());
        assertThat(inmates.find(id).orElseThrow().status()).isEqualTo(InmateStatus.ACTIVE);
    }

    @Test
    void staffRegisterAnInmateAndFindItByPartOfTheName() throws Exception {
        String word = "Tenri" + UUID.randomUUID().toString().substring(0, 6);
        String number = InmateFixtures.uniqueNumber("a.ii");
        mvc.perform(post("/inmates").with(csrf()).with(staff())
                        .param("registrationNumber", number).param("fullName", "  Andi  " + word + " Daeng Sikki ")
                        .param("nik", "7310012345678901").param("birthDate", "1995-02-03").param("sex", "MALE")
                        .param("legalStatus", "TAHANAN").param("education", "SMP").param("cellBlock", "Blok C")
                        .param("admissionDate", "2026-10-01").param("expectedReleaseDate", ""))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/inmates/*"))
                .andExpect(flash().attribute("flashKey", "inmate.created"));

        mvc.perform(get("/inmates").param("q", word.toLowerCase().substring(2) + " sikk").with(staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Andi " + word + " Daeng Sikki")))
                .andExpect(content().string(containsString("1 warga binaan ditemukan")));
        Integer audited = jdbc.queryForObject("select count(*) from audit_event where action = 'INMATE_CREATED' and details = ?",
                Integer.class, number.replace("a.ii", "A.II"));
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void aBadFormKeepsWhatWasTypedAndSaysWhatIsWrongBesideEachField() throws Exception {
        Long taken = inmates.ensure("test", InmateFixtures.narapidana("Sudah Ada"));
        String takenNumber = inmates.find(taken).orElseThrow().registrationNumber();
        mvc.perform(post("/inmates").with(csrf()).with(staff())
                        .param("registrationNumber", takenNumber).param("fullName", "Nama Yang Diketik")
                        .param("nik", "12345").param("sex", "FEMALE").param("legalStatus", "NARAPIDANA")
                        .param("education", "SD").param("cellBlock", "Blok W").param("admissionDate", "2026-05-01")
                        .param("expectedReleaseDate", "2026-04-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ada yang perlu diperbaiki")))
                .andExpect(content().string(containsString("value=\"Nama Yang Diketik\"")))
                .andExpect(content().string(containsString("NIK harus 16 angka.")))
                .andExpect(content().string(containsString("Perkiraan tanggal bebas harus setelah tanggal masuk.")))
                .andExpect(content().string(containsString("Nomor registrasi ini sudah dipakai warga binaan lain.")));

        // what is missing or unreadable first; the rules between the values once everything is there
        mvc.perform(post("/inmates").with(csrf()).with(staff()).param("registrationNumber", "12/2026")
                        .param("fullName", "").param("admissionDate", "kemarin"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Isi nama lengkap.")))
                .andExpect(content().string(containsString("Pilih jenis kelamin.")))
                .andExpect(content().string(containsString("Tanggal masuk tidak dikenali")))
                .andExpect(content().string(containsString("value=\"kemarin\"")));
        mvc.perform(post("/inmates").with(csrf()).with(staff()).param("registrationNumber", "12/2026")
                        .param("fullName", "Nama Lengkap").param("sex", "MALE").param("legalStatus", "TAHANAN")
                        .param("education", "SD").param("cellBlock", "Blok A").param("admissionDate", "2026-05-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nomor registrasi harus berbentuk register")))
                .andExpect(content().string(containsString("value=\"Nama Lengkap\"")));
    }

    @Test
    void aStaleEditIsRefusedAndTheOtherChangeIsKept() throws Exception {
        Long id = inmates.ensure("test", InmateFixtures.narapidana("Versi Lama"));
        InmateView view = inmates.view(id);
        InmateDetails d = view.details();
        inmates.update("other", id, view.version(), new InmateDetails(d.registrationNumber(), "Perubahan Orang Lain",
                d.nik(), d.birthDate(), d.sex(), d.legalStatus(), d.education(), d.cellBlock(), d.admissionDate(),
                d.expectedReleaseDate()));

        mvc.perform(post("/inmates/" + id).with(csrf()).with(staff())
                        .param("registrationNumber", d.registrationNumber()).param("fullName", "Perubahan Saya")
                        .param("sex", "MALE").param("legalStatus", "NARAPIDANA").param("education", "SD")
                        .param("cellBlock", "Blok Uji").param("admissionDate", "2025-01-10")
                        .param("expectedReleaseDate", "2028-01-10").param("version", String.valueOf(view.version())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("sudah diubah orang lain sejak Anda membukanya; isian Anda tidak disimpan")));
        assertThat(inmates.find(id).orElseThrow().fullName()).isEqualTo("Perubahan Orang Lain");

        mvc.perform(post("/inmates/" + id).with(csrf()).with(staff())
                        .param("registrationNumber", d.registrationNumber()).param("fullName", "Perubahan Saya")
                        .param("sex", "MALE").param("legalStatus", "NARAPIDANA").param("education", "SMA")
                        .param("cellBlock", "Blok Uji").param("admissionDate", "2025-01-10")
                        .param("expectedReleaseDate", "2028-01-10").param("version", String.valueOf(view.version() + 1)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashKey", "inmate.updated"));
        assertThat(inmates.find(id).orElseThrow().education()).isEqualTo(Education.SMA);
    }

    @Test
    void releaseAndTransferAreConfirmedWithADateAndPublishAnEvent() throws Exception {
        Long released = inmates.ensure("test", InmateFixtures.narapidana("Akan Bebas"));
        mvc.perform(post("/inmates/" + released + "/release").with(csrf()).with(staff()).param("date", "2020-01-01")
                        .param("releaseType", "BEBAS_MURNI"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tanggal ini sebelum tanggal masuk warga binaan (")));
        mvc.perform(post("/inmates/" + released + "/release").with(csrf()).with(staff()).param("date", "2026-01-05"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"releaseType-error\">Pilih jenis pembebasan.</div>")));
        String future = LocalDate.now().plusDays(46).toString();
        mvc.perform(post("/inmates/" + released + "/release").with(csrf()).with(staff()).param("date", future)
                        .param("releaseType", "BEBAS_MURNI"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tanggal tidak boleh setelah hari ini")))
                .andExpect(content().string(containsString("value=\"" + future + "\"")));
        assertThat(inmates.find(released).orElseThrow().status()).isEqualTo(InmateStatus.ACTIVE);
        mvc.perform(post("/inmates/" + released + "/release").with(csrf()).with(staff()).param("date", "2026-01-05")
                        .param("releaseType", "PEMBEBASAN_BERSYARAT"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashKey", "inmate.released"));
        assertThat(inmates.find(released).orElseThrow().status()).isEqualTo(InmateStatus.RELEASED);
        assertThat(events.seen).contains(new InmateReleased(released, LocalDate.of(2026, 1, 5)));
        mvc.perform(get("/inmates/" + released).with(staff()))
                .andExpect(content().string(containsString("5 Januari 2026")))
                .andExpect(content().string(containsString("Pembebasan bersyarat (PB)")))
                .andExpect(content().string(not(containsString("id=\"inmate-release\""))));

        Long moved = inmates.ensure("test", InmateFixtures.narapidana("Akan Pindah"));
        mvc.perform(post("/inmates/" + moved + "/transfer").with(csrf()).with(staff()).param("date", "2026-02-01")
                        .param("destination", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Isi tujuan pemindahan.")));
        mvc.perform(post("/inmates/" + moved + "/transfer").with(csrf()).with(staff()).param("date", "2026-02-01")
                        .param("destination", "Lapas Kelas I Makassar"))
                .andExpect(status().is3xxRedirection());
        assertThat(events.seen).contains(new InmateTransferred(moved, LocalDate.of(2026, 2, 1)));
        mvc.perform(get("/inmates/" + moved).with(staff()))
                .andExpect(content().string(containsString("Lapas Kelas I Makassar")))
                .andExpect(content().string(containsString("id=\"inmate-enrollments\"")));
    }

    @Test
    void aMistypedReleaseDateIsReportedBesideTheField() throws Exception {
        Long id = inmates.ensure("test", InmateFixtures.narapidana("Tanggal Salah"));
        mvc.perform(post("/inmates/" + id + "/release").with(csrf()).with(staff()).param("date", "besok"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Tanggal tidak dikenali")))
                .andExpect(content().string(containsString("value=\"besok\"")));
        assertThat(inmates.find(id).orElseThrow().status()).isEqualTo(InmateStatus.ACTIVE);
    }

    @Test
    void garbageInTheListUrlIsIgnoredNotAnError() throws Exception {
        mvc.perform(get("/inmates").with(staff()).param("status", "NOPE").param("sort", "EXPECTED_RELEASE")
                        .param("size", "9999").param("after", "not-a-date").param("afterId", "x"))
                .andExpect(status().isOk());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor staff() {
        return user(TestUsers.principal(Role.STAFF, null));
    }

    private static MockHttpServletRequestBuilder html(MockHttpServletRequestBuilder request) {
        return request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    }
}
