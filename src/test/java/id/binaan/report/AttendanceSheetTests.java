package id.binaan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Clock;
import java.util.List;

import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import id.binaan.enrollment.EnrollmentService;
import id.binaan.inmate.Inmates;
import id.binaan.partner.Partners;
import id.binaan.program.ProgramSetup;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AttendanceSheetTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Inmates inmates;
    @Autowired
    ProgramSetup programs;
    @Autowired
    Partners partners;
    @Autowired
    EnrollmentService enrollments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void theSheetShowsEachParticipantsMarkPerPastSessionAsPageAndCsv() throws Exception {
        ReportFixtures given = new ReportFixtures(inmates, programs, partners, clock);
        Long program = given.training(given.partner(), "Las Listrik " + given.next());
        Long session = jdbc.queryForObject("""
                insert into program_session (program_id, session_date, start_time, end_time, jp, status)
                values (?, ?, '08:00', '11:00', 4, 'HELD') returning id""", Long.class, program, given.today().minusDays(3));
        Long presentInmate = given.inmate("Hadir, \"Selalu\" " + given.next());
        Long present = enrollments.enroll("test", program, presentInmate, null).enrollmentId();
        Long absent = enrollments.enroll("test", program, given.inmate("=Tidak Hadir " + given.next()), null).enrollmentId();
        // test data: both took part from the program's start, so the session three days ago was theirs
        jdbc.update("update enrollment set activated_on = ?, enrolled_on = ? where id in (?, ?)", given.today().minusDays(14),
                given.today().minusDays(14), present, absent);
        jdbc.update("insert into attendance (session_id, enrollment_id, status, recorded_by, recorded_at) values (?, ?, 'PRESENT', 'test', now())",
                session, present);
        jdbc.update("insert into attendance (session_id, enrollment_id, status, absence_reason, recorded_by, recorded_at) values (?, ?, 'ABSENT', 'SICK', 'test', now())",
                session, absent);

        String page = mvc.perform(get("/programs/" + program + "/attendance-sheet").with(user(TestUsers.principal(Role.STAFF, null))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Daftar hadir: Las Listrik").contains("Hadir, &quot;Selalu&quot;");

        String csv = mvc.perform(get("/programs/" + program + "/attendance-sheet.csv").with(user(TestUsers.principal(Role.STAFF, null))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(2);
        String column = given.today().minusDays(3) + " 08:00";
        assertThat(records).anySatisfy(r -> {
            assertThat(r.get("inmate_name")).startsWith("Hadir, \"Selalu\"");
            assertThat(r.get(column)).isEqualTo("PRESENT");
        });
        assertThat(records).anySatisfy(r -> {
            assertThat(r.get("inmate_name")).startsWith("'=Tidak Hadir");
            assertThat(r.get(column)).isEqualTo("ABSENT");
        });

        String evidence = mvc.perform(get("/inmates/" + presentInmate + "/evidence").with(user(TestUsers.principal(Role.STAFF, null))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(evidence).contains("Rekam jejak pembinaan").contains("Las Listrik").contains("1/1 · 100 %");
        mvc.perform(get("/inmates/" + presentInmate + "/evidence").with(user(TestUsers.principal(Role.PARTNER, 1L))))
                .andExpect(status().isForbidden());

        mvc.perform(get("/programs/" + program + "/attendance-sheet").with(user(TestUsers.principal(Role.PARTNER, 1L))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/programs/999999999/attendance-sheet.csv").with(user(TestUsers.principal(Role.STAFF, null))))
                .andExpect(status().isNotFound());
    }
}
