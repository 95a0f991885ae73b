package id.binaan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import id.binaan.enrollment.EnrollmentService;
import id.binaan.enrollment.Outcome;
import id.binaan.inmate.Inmates;
import id.binaan.partner.Partners;
import id.binaan.program.ProgramSetup;

/** The CSV's attendance columns against attendance recorded through the attendance form, nothing mocked. */
@SpringBootTest
@AutoConfigureMockMvc
class EnrollmentReportAttendanceTests {

    @Autowired MockMvc mvc;
    @Autowired Inmates inmates;
    @Autowired ProgramSetup programs;
    @Autowired Partners partners;
    @Autowired EnrollmentService enrollments;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void attendanceColumnsCountWhatWasRecorded() throws Exception {
        ReportFixtures given = new ReportFixtures(inmates, programs, partners, clock);
        ReportCourses courses = new ReportCourses(given, programs, enrollments, jdbc, mvc);
        Long partner = given.partner();
        Long always = given.inmate("Selalu Hadir " + given.next());
        Long once = given.inmate("Sekali Sakit " + given.next());
        Long never = given.inmate("Belum Dicatat " + given.next());
        Long late = given.inmate("Masuk Belakangan " + given.next());
        ReportCourses.Course course = courses.course(partner, "Las Kehadiran " + given.next(), List.of(always, once, never));
        List<Long> sessions = course.pastSessions();
        assertThat(sessions).as("sessions two weeks ago, a week ago and today").hasSize(3);
        Long a = course.enrollments().get(0);
        Long b = course.enrollments().get(1);
        Long c = course.enrollments().get(2);
        courses.record(sessions.get(0), a, "PRESENT", b, "PRESENT", c, "EXCUSED");
        courses.record(sessions.get(1), a, "PRESENT", b, "ABSENT", c, "ABSENT");
        courses.record(sessions.get(2), a, "PRESENT", b, "PRESENT");
        // enrolled today: of the held sessions only today's was held while they were enrolled
        enrollments.enroll("test", course.programId(), late, null);
        // the program's target of 12 JP is held: its sessions are over and a participant may complete
        jdbc.update("update program set target_jp = 12 where id = ?", course.programId());
        enrollments.complete("test", a, 0L, Outcome.KOMPETEN, "LSP-" + given.next());

        Map<String, CSVRecord> byName = rows(partner).stream().collect(Collectors.toMap(r -> r.get("inmate_name")
                .replaceAll(" \\d+$", ""), Function.identity()));

        assertThat(byName.keySet()).containsExactlyInAnyOrder("Selalu Hadir", "Sekali Sakit", "Belum Dicatat",
                "Masuk Belakangan");
        assertAttendance(byName.get("Selalu Hadir"), "3", "3", "100.0", "12");
        assertThat(byName.get("Selalu Hadir").get("status")).isEqualTo("COMPLETED");
        assertThat(byName.get("Selalu Hadir").get("outcome")).isEqualTo("KOMPETEN");
        assertAttendance(byName.get("Sekali Sakit"), "3", "2", "66.7", "8");
        // excused once (not expected), absent once, nothing recorded for the third session: 0 of 8 JP expected
        assertAttendance(byName.get("Belum Dicatat"), "3", "0", "0.0", "0");
        assertAttendance(byName.get("Masuk Belakangan"), "1", "0", "0.0", "0");

        String excel = mvc.perform(get("/reports/enrollments.csv").param("partner", partner.toString())
                        .param("excel", "true").with(user(TestUsers.principal(Role.ADMIN, null))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        CSVRecord sick = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(excel.substring(1))).getRecords().stream()
                .filter(r -> r.get(1).startsWith("Sekali Sakit")).findFirst().orElseThrow();
        assertThat(sick.get("Persentase kehadiran (JP)")).as("a comma decimal").isEqualTo("66,7");
    }

    private static void assertAttendance(CSVRecord row, String held, String attended, String percent, String jp) {
        assertThat(List.of(row.get("sessions_held"), row.get("sessions_attended"), row.get("attendance_pct"),
                row.get("jp_attended"))).as(row.get("inmate_name")).containsExactly(held, attended, percent, jp);
    }

    private List<CSVRecord> rows(Long partner) throws Exception {
        String body = mvc.perform(get("/reports/enrollments.csv").param("partner", partner.toString())
                        .with(user(TestUsers.principal(Role.ADMIN, null))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body)).getRecords();
    }
}
