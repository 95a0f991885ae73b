package id.binaan.report;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import id.binaan.enrollment.EnrollmentService;
import id.binaan.program.ProgramSetup;

/**
 * A running training with a 4-JP session every week on today's weekday since two weeks ago, and
 * participants whose attendance is recorded as staff record it: through the attendance form.
 */
final class ReportCourses {

    static final int JP_PER_SESSION = 4;

    record Course(Long programId, List<Long> pastSessions, List<Long> enrollments) {
    }

    private final ReportFixtures given;
    private final ProgramSetup programs;
    private final EnrollmentService enrollment;
    private final JdbcTemplate jdbc;
    private final MockMvc mvc;

    ReportCourses(ReportFixtures given, ProgramSetup programs, EnrollmentService enrollment, JdbcTemplate jdbc, MockMvc mvc) {
        this.given = given;
        this.programs = programs;
        this.enrollment = enrollment;
        this.jdbc = jdbc;
        this.mvc = mvc;
    }

    Course course(Long partner, String title, List<Long> inmates) {
        LocalDate today = given.today();
        Long program = given.training(partner, title);
        programs.ensureWeeklySessions("test", program, Set.of(today.getDayOfWeek()), LocalTime.of(8, 0),
                LocalTime.of(11, 0), JP_PER_SESSION, "Praktik", today.plusYears(5));
        List<Long> enrolled = new ArrayList<>();
        for (Long inmate : inmates) {
            Long id = enrollment.enroll("test", program, inmate, null).enrollmentId();
            // Test data: the place began with the program, so the past sessions have these participants.
            jdbc.update("update enrollment set activated_on = ?, enrolled_on = ? where id = ?", today.minusDays(14),
                    today.minusDays(14), id);
            enrolled.add(id);
        }
        List<Long> past = jdbc.queryForList("select id from program_session where program_id = ? and session_date <= ?"
                + " order by session_date", Long.class, program, today);
        return new Course(program, past, enrolled);
    }

    /**
     * Saves one session's attendance through the attendance form: {@code marks} alternate enrollment id and
     * status ({@code PRESENT}, {@code EXCUSED}, {@code ABSENT}); absences and excuses are for sickness.
     */
    void record(Long session, Object... marks) throws Exception {
        MockHttpServletRequestBuilder request = post("/sessions/" + session + "/attendance").with(csrf())
                .with(user(TestUsers.principal(Role.STAFF, null)));
        for (int i = 0; i < marks.length; i += 2) {
            request.param("status-" + marks[i], marks[i + 1].toString());
            if (!"PRESENT".equals(marks[i + 1])) {
                request.param("reason-" + marks[i], "SICK");
            }
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }
}
