package id.binaan.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.binaan.TestDatabase;
import id.binaan.account.CurrentUser;
import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import id.binaan.shared.Scope;

/**
 * A transfer between two facilities of this Binaan (DESIGN.md rule 3): the sending facility records it, the
 * receiving one receives the person under its own registration number and reads their learning record, read
 * only; the sending facility keeps its own records, and neither reads the other's beyond that.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TransferTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Facilities facilities;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLearningRecordFollowsTheInmateToTheReceivingFacility() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long makassar = FacilityFixtures.newFacility("Lapas Uji Makassar " + tag, "Asia/Makassar");
        facilities.changed();
        String name = "Pindahan Uji " + tag;
        long inmate = FacilityFixtures.inmateIn(TestDatabase.FACILITY, "B.I " + tag + "/2026", name);
        long partner = jdbc.queryForObject("insert into partner (name, type) values (?, 'BPVP') returning id", Long.class,
                "BPVP Pindah " + tag);
        long program = FacilityFixtures.programIn(TestDatabase.FACILITY, partner, "Las Listrik " + tag);
        FacilityFixtures.completedEnrollment(program, inmate, "BNSP-" + tag);
        CurrentUser pangkep = TestUsers.principal(Role.STAFF, null);
        CurrentUser lapas = TestUsers.ofFacility(Role.ADMIN, makassar, "admin-makassar-" + tag);

        mvc.perform(get("/inmates/" + inmate + "/transfer").with(user(pangkep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lapas Uji Makassar " + tag)));
        mvc.perform(post("/inmates/" + inmate + "/transfer").with(user(pangkep)).with(csrf())
                        .param("date", LocalDate.now().toString()).param("destinationFacilityId", String.valueOf(makassar))
                        .param("destination", ""))
                .andExpect(redirectedUrl("/inmates/" + inmate));
        mvc.perform(get("/inmates/" + inmate).with(user(pangkep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lapas Uji Makassar " + tag)));

        mvc.perform(get("/inmates").with(user(lapas)))
                .andExpect(content().string(containsString("Kedatangan pindahan (1)")));
        long transfer = Scope.facility(makassar).call(() -> jdbc.queryForObject(
                "select id from inmate_transfer where from_inmate_id = ?", Long.class, inmate));
        mvc.perform(get("/inmates/arrivals/" + transfer).with(user(lapas)))
                .andExpect(content().string(containsString("value=\"" + LocalDate.now().plusDays(400) + "\"")));
        mvc.perform(get("/inmates/arrivals").with(user(lapas)))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("Rutan Kelas IIB Pangkep")));

        mvc.perform(post("/inmates/arrivals/" + transfer).with(user(lapas)).with(csrf())
                        .param("registrationNumber", "B.I 9/2026").param("cellBlock", "Blok C")
                        .param("admissionDate", LocalDate.now().minusDays(3).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tanggal masuk tidak boleh sebelum tanggal pemindahan")))
                .andExpect(content().string(containsString("value=\"B.I 9/2026\"")));
        MvcResult received = mvc.perform(post("/inmates/arrivals/" + transfer).with(user(lapas)).with(csrf())
                        .param("registrationNumber", "B.I 9/2026").param("cellBlock", "Blok C")
                        .param("admissionDate", LocalDate.now().toString())
                        .param("expectedReleaseDate", LocalDate.now().plusDays(400).toString()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String here = received.getResponse().getRedirectedUrl();
        assertThat(here).startsWith("/inmates/").isNotEqualTo("/inmates/" + inmate);

        mvc.perform(get(here).with(user(lapas)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("B.I 9/2026")))
                .andExpect(content().string(containsString("Riwayat pembinaan di UPT lain")))
                .andExpect(content().string(containsString("Las Listrik " + tag)))
                .andExpect(content().string(containsString("BNSP-" + tag)))
                .andExpect(content().string(containsString("Riwayat penempatan")));
        mvc.perform(post("/inmates/arrivals/" + transfer).with(user(lapas)).with(csrf())
                        .param("registrationNumber", "B.I 10/2026").param("cellBlock", "Blok C")
                        .param("admissionDate", LocalDate.now().toString())
                        .param("expectedReleaseDate", LocalDate.now().plusDays(400).toString()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/inmates/arrivals").with(user(lapas)))
                .andExpect(content().string(not(containsString(name))));

        mvc.perform(get(here).with(user(pangkep))).andExpect(status().isNotFound());
        mvc.perform(get("/inmates/" + inmate).with(user(lapas))).andExpect(status().isNotFound());
        mvc.perform(get("/inmates/" + inmate).with(user(pangkep)))
                .andExpect(content().string(not(containsString("Riwayat pembinaan di UPT lain"))));
    }

    @Test
    void theSendingFacilityDoesNotReadWhatTheReceivingFacilityRecordsAfterwards() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long makassar = FacilityFixtures.newFacility("Lapas Uji Makassar " + tag, "Asia/Makassar");
        facilities.changed();
        long inmate = FacilityFixtures.inmateIn(TestDatabase.FACILITY, "B.I " + tag + "/2025", "Pindahan Lanjut " + tag);
        long partner = jdbc.queryForObject("insert into partner (name, type) values (?, 'BPVP') returning id", Long.class,
                "BPVP Lanjut " + tag);
        long program = FacilityFixtures.programIn(TestDatabase.FACILITY, partner, "Menjahit Pangkep " + tag);
        FacilityFixtures.completedEnrollment(program, inmate, "BNSP-P-" + tag);
        CurrentUser pangkep = TestUsers.principal(Role.STAFF, null);
        CurrentUser lapas = TestUsers.ofFacility(Role.STAFF, makassar, "staf-makassar-" + tag);
        mvc.perform(post("/inmates/" + inmate + "/transfer").with(user(pangkep)).with(csrf())
                        .param("date", LocalDate.now().toString()).param("destinationFacilityId", String.valueOf(makassar))
                        .param("destination", ""))
                .andExpect(redirectedUrl("/inmates/" + inmate));
        long transfer = Scope.facility(makassar).call(() -> jdbc.queryForObject(
                "select id from inmate_transfer where from_inmate_id = ?", Long.class, inmate));
        String here = mvc.perform(post("/inmates/arrivals/" + transfer).with(user(lapas)).with(csrf())
                        .param("registrationNumber", "B.I 11/2026").param("cellBlock", "Blok C")
                        .param("admissionDate", LocalDate.now().toString())
                        .param("expectedReleaseDate", LocalDate.now().plusDays(400).toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long received = Long.parseLong(here.substring("/inmates/".length()));
        long theirProgram = FacilityFixtures.programIn(makassar, partner, "Las Makassar " + tag);
        FacilityFixtures.completedEnrollment(theirProgram, received, "BNSP-M-" + tag);

        mvc.perform(get(here).with(user(lapas)))
                .andExpect(content().string(containsString("Menjahit Pangkep " + tag)))
                .andExpect(content().string(containsString("Las Makassar " + tag)));
        mvc.perform(get("/inmates/" + inmate).with(user(pangkep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Menjahit Pangkep " + tag)))
                .andExpect(content().string(not(containsString("Las Makassar " + tag))))
                .andExpect(content().string(not(containsString("BNSP-M-" + tag))))
                .andExpect(content().string(not(containsString("Riwayat pembinaan di UPT lain"))));
    }
}
