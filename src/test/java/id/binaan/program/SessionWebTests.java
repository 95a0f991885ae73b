package id.binaan.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import id.binaan.partner.PartnerType;
import id.binaan.partner.Partners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Scheduling sessions through the web, and who sees which sessions. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ProgramTestData.class)
class SessionWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Partners partners;
    @Autowired
    SessionRepository sessions;
    @Autowired
    Programs programs;
    @Autowired
    ProgramTestData data;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aPatternIsPreviewedWithoutSavingThenSavedWithNationalHolidaysSkipped() throws Exception {
        Long id = data.training(partner("BPVP", PartnerType.BPVP), "Pola");
        // Fridays of March 2027; 26 March is Good Friday.
        mvc.perform(pattern(id, "FRIDAY", "2027-03-01", "2027-03-26", null))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 pertemuan, 12 JP")))
                .andExpect(content().string(containsString("memberi 12 JP, kurang 148 JP dari target program (160 JP)")))
                .andExpect(content().string(containsString("Wafat Yesus Kristus")));
        assertThat(sessions.findByProgram(id)).isEmpty();

        mvc.perform(pattern(id, "FRIDAY", "2027-03-01", "2027-03-26", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(sessions.findByProgram(id)).extracting(Session::getSessionDate)
                .containsExactly(LocalDate.of(2027, 3, 5), LocalDate.of(2027, 3, 12), LocalDate.of(2027, 3, 19));
        assertThat(programs.activeSessionsOf(id)).hasSize(3).allMatch(s -> s.jp() == 4);
    }

    @Test
    void extraDaysOffAreSkippedToo() throws Exception {
        Long id = data.training(partner("BPVP", PartnerType.BPVP), "Tambahan");
        mvc.perform(pattern(id, "FRIDAY", "2027-03-01", "2027-03-26", "true").param("extraDaysOff", "2027-03-12"))
                .andExpect(status().is3xxRedirection());
        assertThat(sessions.findByProgram(id)).extracting(Session::getSessionDate)
                .containsExactly(LocalDate.of(2027, 3, 5), LocalDate.of(2027, 3, 19));
    }

    @Test
    void aPatternThatYieldsNothingOrLiesOutsideTheProgramOrClashesIsRefused() throws Exception {
        Long id = data.training(partner("BPVP", PartnerType.BPVP), "Tolak");
        mvc.perform(pattern(id, "SUNDAY", "2027-01-05", "2027-01-09", "true"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "days"));
        mvc.perform(pattern(id, "MONDAY", "2026-12-28", "2027-01-31", "true"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "from"));
        mvc.perform(pattern(id, "MONDAY", "2027-01-04", "2027-01-31", "true")).andExpect(status().is3xxRedirection());
        mvc.perform(pattern(id, "MONDAY", "2027-01-04", "2027-01-31", "true"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "startTime"));
        assertThat(sessions.findByProgram(id)).hasSize(4);
    }

    @Test
    void oneSessionOutsideTheProgramOrOverlappingIsRefusedBesideTheDate() throws Exception {
        Long id = data.training(partner("BPVP", PartnerType.BPVP), "Satu");
        mvc.perform(one(id, "2027-04-01", "08:00", "12:00")).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "date"))
                .andExpect(content().string(containsString("di luar masa program")));
        mvc.perform(one(id, "2027-02-01", "08:00", "12:00")).andExpect(status().is3xxRedirection());
        mvc.perform(one(id, "2027-02-01", "11:00", "13:00")).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "date"));
        mvc.perform(one(id, "2027-02-01", "13:00", "12:00")).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "endTime"));
        assertThat(sessions.findByProgram(id)).hasSize(1);
    }

    @Test
    void severalSessionsAreCancelledAtOnceWithAReasonAndOneIsRescheduled() throws Exception {
        Long id = data.training(partner("BPVP", PartnerType.BPVP), "Batal");
        mvc.perform(pattern(id, "MONDAY", "2027-01-04", "2027-01-25", "true")).andExpect(status().is3xxRedirection());
        List<Session> all = sessions.findByProgram(id);
        String ids = all.get(0).getId() + "," + all.get(1).getId();
        mvc.perform(get("/programs/" + id + "/sessions/cancel").param("ids", ids.split(",")).with(staff()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Batalkan 2 pertemuan")));
        mvc.perform(post("/programs/" + id + "/sessions/cancel").param("ids", ids.split(",")).with(csrf()).with(staff()))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "reason"));
        mvc.perform(post("/programs/" + id + "/sessions/cancel").param("ids", ids.split(","))
                        .param("reason", "LOCKDOWN").param("note", "Penggeledahan").with(csrf()).with(staff()))
                .andExpect(status().is3xxRedirection());
        assertThat(sessions.findByProgram(id)).extracting(Session::getStatus).containsExactly(
                SessionStatus.CANCELLED, SessionStatus.CANCELLED, SessionStatus.SCHEDULED, SessionStatus.SCHEDULED);

        Session third = all.get(2);
        mvc.perform(post("/programs/" + id + "/sessions/" + third.getId() + "/reschedule").with(csrf()).with(staff())
                        .param("version", "0").param("jp", "4").param("date", "2027-01-04")
                        .param("startTime", "09:00").param("endTime", "11:00"))
                .andExpect(status().is3xxRedirection());
        assertThat(sessions.findById(third.getId()).orElseThrow().getSessionDate()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(programs.activeSessionsOf(id)).hasSize(2);
    }

    @Test
    void pastSessionsWithoutAttendanceAreCancelledAllAtOnceAfterAPageThatCountsThem() throws Exception {
        Long id = data.training(partner("BPVP", PartnerType.BPVP), "Lampau");
        mvc.perform(pattern(id, "MONDAY", "2027-01-04", "2027-01-25", "true")).andExpect(status().is3xxRedirection());
        List<Session> all = sessions.findByProgram(id);
        // three of them lie in the past now (the program's dates moved back, as an old record would have them)
        jdbc.update("update program_session set session_date = session_date - 400 where id in (?, ?, ?)",
                all.get(0).getId(), all.get(1).getId(), all.get(2).getId());
        mvc.perform(get("/programs/" + id).with(staff())).andExpect(content().string(containsString("id=\"cancel-unrecorded\"")));
        mvc.perform(get("/sessions/unrecorded/cancel").param("program", id.toString()).with(staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 pertemuan yang sudah lewat belum punya catatan kehadiran")))
                .andExpect(content().string(containsString("Batalkan 3 pertemuan")));
        mvc.perform(post("/sessions/unrecorded/cancel").param("program", id.toString()).param("shown", "3")
                        .with(csrf()).with(staff()))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "reason"));
        mvc.perform(post("/sessions/unrecorded/cancel").param("program", id.toString()).param("shown", "2")
                        .param("reason", "OTHER").with(csrf()).with(staff()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Jumlah pertemuan tanpa kehadiran berubah")));
        mvc.perform(post("/sessions/unrecorded/cancel").param("program", id.toString()).param("shown", "3")
                        .param("reason", "OTHER").param("note", "Tidak tercatat").with(csrf())
                        .with(user(TestUsers.principal(Role.PARTNER, 1L))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/sessions/unrecorded/cancel").param("program", id.toString()).param("shown", "3")
                        .param("reason", "OTHER").param("note", "Tidak tercatat").with(csrf()).with(staff()))
                .andExpect(status().is3xxRedirection());
        assertThat(sessions.findByProgram(id)).extracting(Session::getStatus).containsExactly(
                SessionStatus.CANCELLED, SessionStatus.CANCELLED, SessionStatus.CANCELLED, SessionStatus.SCHEDULED);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'SESSIONS_CANCELLED_UNRECORDED'"
                + " and target_id = ?", Integer.class, id.toString())).isEqualTo(1);
        mvc.perform(get("/sessions/unrecorded/cancel").with(staff())).andExpect(status().isOk());
    }

    @Test
    void aLiaisonSeesOnlyTheirInstitutionsSessionsWhateverTheyAskFor() throws Exception {
        Long mine = partner("Lembaga A " + UUID.randomUUID(), PartnerType.BPVP);
        Long theirs = partner("Lembaga B " + UUID.randomUUID(), PartnerType.BPVP);
        Long myProgram = data.training(mine, "Milik A");
        Long otherProgram = data.training(theirs, "Milik B");
        for (Long program : List.of(myProgram, otherProgram)) {
            mvc.perform(one(program, "2027-01-05", "08:00", "10:00")).andExpect(status().is3xxRedirection());
        }
        String myTitle = programs.find(myProgram).orElseThrow().title();
        String otherTitle = programs.find(otherProgram).orElseThrow().title();
        RequestPostProcessor liaison = user(TestUsers.principal(Role.PARTNER, mine));
        for (String path : List.of("/sessions?from=2027-01-01&to=2027-01-31",
                "/sessions?from=2027-01-01&to=2027-01-31&partner=" + theirs, "/sessions/week?date=2027-01-05")) {
            mvc.perform(get(path).with(liaison)).andExpect(status().isOk())
                    .andExpect(content().string(containsString(myTitle)))
                    .andExpect(content().string(not(containsString(otherTitle))));
        }
        mvc.perform(get("/sessions/week?date=2027-01-07").with(staff())).andExpect(status().isOk())
                .andExpect(content().string(containsString(myTitle)))
                .andExpect(content().string(containsString(otherTitle)));
        mvc.perform(get("/sessions?from=2027-01-01&to=2027-01-31&partner=" + theirs).with(staff()))
                .andExpect(content().string(containsString(otherTitle)))
                .andExpect(content().string(not(containsString(myTitle))));
    }

    private MockHttpServletRequestBuilder pattern(Long id, String day, String from, String to, String save) {
        MockHttpServletRequestBuilder request = post("/programs/" + id + "/sessions/generate").with(csrf()).with(staff())
                .param("days", day).param("startTime", "08:00").param("endTime", "12:00").param("jp", "4")
                .param("from", from).param("to", to).param("topic", "Praktik");
        return save == null ? request : request.param("save", save);
    }

    private MockHttpServletRequestBuilder one(Long id, String date, String start, String end) {
        return post("/programs/" + id + "/sessions/new").with(csrf()).with(staff())
                .param("date", date).param("startTime", start).param("endTime", end).param("jp", "2");
    }

    private Long partner(String name, PartnerType type) {
        return partners.ensure("Mitra Uji Sesi " + name, type, null, null, null, null);
    }

    private static RequestPostProcessor staff() {
        return user(TestUsers.principal(Role.STAFF, null));
    }
}
