package id.binaan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import id.binaan.enrollment.AttendanceTotals;
import id.binaan.enrollment.EnrollmentService;
import id.binaan.enrollment.Outcome;
import id.binaan.inmate.Inmates;
import id.binaan.partner.AgreementScope;
import id.binaan.partner.Partners;
import id.binaan.program.ProgramSetup;

/** The dashboard's figures move with the data a test creates; the alert lists show what is behind them. */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardTests {

    @Autowired MockMvc mvc;
    @Autowired Inmates inmates;
    @Autowired ProgramSetup programs;
    @Autowired Partners partners;
    @Autowired EnrollmentService enrollments;
    @Autowired DashboardQueries dashboard;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @MockitoBean AttendanceTotals attendance;

    ReportFixtures given;

    @BeforeEach
    void setUp() {
        org.mockito.Mockito.when(attendance.tally(org.mockito.ArgumentMatchers.anyLong()))
                .thenReturn(new AttendanceTotals.Tally(10, 10, 40, 0, 40, 40, java.math.BigDecimal.valueOf(1000, 1)));
        given = new ReportFixtures(inmates, programs, partners, clock);
    }

    @Test
    void participationAndParticipantsCountTheNewEnrollment() throws Exception {
        Long partner = given.partner();
        String partnerName = partners.nameOf(partner).orElseThrow();
        Long training = given.training(partner, "Menjahit " + given.next());
        Long inmate = given.inmate("Partisipan " + given.next());
        DashboardFigures before = dashboard.figures(given.today());

        enrollments.enroll("admin", training, inmate, null);
        DashboardFigures after = dashboard.figures(given.today());

        assertThat(after.now().participants()).isEqualTo(before.now().participants() + 1);
        assertThat(after.now().population()).isEqualTo(before.now().population());
        assertThat(after.months()).hasSize(12);
        assertThat(after.months().get(11).rate().participants()).isEqualTo(before.months().get(11).rate().participants() + 1);
        assertThat(after.months().get(10).rate().participants()).isEqualTo(before.months().get(10).rate().participants());
        assertThat(after.byPartner()).contains(new DashboardFigures.Count(partnerName, 1));
        assertThat(count(after, "TRAINING")).isEqualTo(count(before, "TRAINING") + 1);

        mvc.perform(get("/").with(user(TestUsers.principal(Role.STAFF, null))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>" + partnerName + "</td>")))
                .andExpect(content().string(containsString("<svg role=\"img\"")))
                .andExpect(content().string(containsString("Selamat datang,")));
    }

    /**
     * The twelve months against the plainest way to count them, one point at a time, after inmates arrived and
     * left in past months (a departure on a month's last day counts as gone, one the day after as present).
     */
    @Test
    void monthlyFiguresMatchACountTakenDayByDay() {
        java.time.LocalDate today = given.today();
        java.time.LocalDate monthEnd = today.withDayOfMonth(1).minusMonths(3).minusDays(1);
        Long partner = given.partner();
        Long training = given.training(partner, "Riwayat " + given.next());
        String[][] stays = { // admission, departure (null: still here)
                {today.minusYears(2).toString(), monthEnd.toString()},
                {today.minusYears(2).toString(), monthEnd.plusDays(1).toString()},
                {monthEnd.minusMonths(4).toString(), monthEnd.minusMonths(2).toString()},
                {monthEnd.minusMonths(5).plusDays(10).toString(), null},
                {monthEnd.toString(), null}};
        for (String[] stay : stays) {
            Long inmate = given.inmate("Riwayat " + given.next());
            Long enrollment = enrollments.enroll("admin", training, inmate, null).enrollmentId();
            jdbc.update("update inmate set admission_date = cast(? as date), expected_release_date = null,"
                    + " status = ?, status_date = cast(? as date), release_type = ? where id = ?",
                    stay[0], stay[1] == null ? "ACTIVE" : "RELEASED", stay[1], stay[1] == null ? null : "OTHER", inmate);
            jdbc.update("update enrollment set activated_on = cast(? as date), ended_on = cast(? as date),"
                    + " status = case when cast(? as date) is null then status else 'WITHDRAWN' end,"
                    + " end_reason = case when cast(? as date) is null then null else 'RELEASED' end where id = ?",
                    stay[0], stay[1], stay[1], stay[1], enrollment);
        }

        DashboardFigures figures = dashboard.figures(today);

        for (DashboardFigures.MonthRate month : figures.months()) {
            java.time.LocalDate day = month.month().plusMonths(1).minusDays(1);
            if (day.isAfter(today)) {
                day = today;
            }
            long population = jdbc.queryForObject("select count(*) from inmate where admission_date <= ?"
                    + " and (status_date is null or status_date > ?)", Long.class, day, day);
            long participants = jdbc.queryForObject("select count(distinct e.inmate_id) from enrollment e"
                    + " join inmate i on i.id = e.inmate_id where e.activated_on <= ? and (e.ended_on is null"
                    + " or e.ended_on > ?) and i.admission_date <= ? and (i.status_date is null or i.status_date > ?)",
                    Long.class, day, day, day, day);
            assertThat(month.rate().population()).as("population on %s", day).isEqualTo(population);
            assertThat(month.rate().participants()).as("participants on %s", day).isEqualTo(participants);
        }
    }

    @Test
    void completionsAndCertificatesThisYear() {
        Long partner = given.partner();
        Long equivalency = given.equivalencyClass(partner, "Paket B " + given.next());
        Long first = enrollments.enroll("admin", equivalency, given.pupil("Lulus Satu " + given.next()), null).enrollmentId();
        Long second = enrollments.enroll("admin", equivalency, given.pupil("Lulus Dua " + given.next()), null).enrollmentId();
        DashboardFigures before = dashboard.figures(given.today());
        jdbc.update("update program set status = 'COMPLETED' where id = ?", equivalency);

        enrollments.complete("admin", first, 0L, Outcome.LULUS, "DN-PB " + given.next());
        enrollments.complete("admin", second, 0L, Outcome.TIDAK_LULUS, null);
        DashboardFigures after = dashboard.figures(given.today());

        assertThat(after.completionsThisYear()).isEqualTo(before.completionsThisYear() + 2);
        assertThat(after.certificatesThisYear()).isEqualTo(before.certificatesThisYear() + 1);
    }

    @Test
    void releaseReadinessListsInmatesWithoutACompletedTraining() throws Exception {
        String name = "Segera Bebas " + given.next();
        Long inmate = given.inmate(name, given.today().plusDays(30));
        DashboardFigures before = dashboard.figures(given.today());
        page("/reports/release-readiness").andExpect(content().string(containsString(name)));

        Long training = given.training(given.partner(), "Barista " + given.next());
        // release falls before the end of the program: enrolled with a recorded override
        Long enrollment = enrollments.enroll("admin", training, inmate, "Bebas sebelum program selesai").enrollmentId();
        jdbc.update("update program set status = 'COMPLETED' where id = ?", training);
        enrollments.complete("admin", enrollment, 0L, Outcome.KOMPETEN, null);

        assertThat(dashboard.figures(given.today()).alerts().releaseReadiness())
                .isEqualTo(before.alerts().releaseReadiness() - 1);
        page("/reports/release-readiness").andExpect(content().string(not(containsString(name))));
    }

    @Test
    void pastSessionsStillScheduledAndHeldSessionsUnconfirmed() throws Exception {
        String title = "Servis Injeksi " + given.next();
        Long training = given.training(given.partner(), title);
        DashboardFigures before = dashboard.figures(given.today());
        // the program started two weeks ago: its past Mondays are still SCHEDULED
        programs.ensureWeeklySessions("test", training, Set.of(DayOfWeek.values()), LocalTime.of(8, 0), LocalTime.of(10, 0),
                2, "Praktik", given.today().plusYears(1));
        DashboardFigures scheduled = dashboard.figures(given.today());
        assertThat(scheduled.alerts().missingAttendance()).isGreaterThan(before.alerts().missingAttendance());
        page("/reports/missing-attendance").andExpect(content().string(containsString(title)));

        // no public way to hold a session without the attendance module: mark the oldest one held, unconfirmed
        int held = jdbc.update("update program_session set status = 'HELD' where id = (select min(id) from program_session"
                + " where program_id = ? and session_date < ?)", training, given.today().minusDays(4));
        assertThat(held).isEqualTo(1);
        DashboardFigures after = dashboard.figures(given.today());
        assertThat(after.alerts().unconfirmedSessions()).isEqualTo(scheduled.alerts().unconfirmedSessions() + 1);
        assertThat(after.alerts().missingAttendance()).isEqualTo(scheduled.alerts().missingAttendance() - 1);
        page("/reports/unconfirmed-sessions").andExpect(content().string(containsString(title)));
    }

    @Test
    void expiringAgreementsAreCountedAndListed() throws Exception {
        Long partner = given.partner();
        DashboardFigures before = dashboard.figures(given.today());
        String number = "PKS/" + given.next() + "/2026";
        partners.ensureAgreement(partner, number, "Pelatihan kerja", AgreementScope.TRAINING, given.today().minusYears(1),
                given.today().minusYears(1), given.today().plusDays(20));
        assertThat(dashboard.figures(given.today()).alerts().expiringAgreements())
                .isEqualTo(before.alerts().expiringAgreements() + 1);
        page("/reports/expiring-agreements").andExpect(content().string(containsString(number)));
    }

    private org.springframework.test.web.servlet.ResultActions page(String path) throws Exception {
        return mvc.perform(get(path).with(user(TestUsers.principal(Role.STAFF, null)))).andExpect(status().isOk());
    }

    private static long count(DashboardFigures figures, String kind) {
        return figures.byKind().stream().filter(c -> c.label().equals(kind)).mapToLong(DashboardFigures.Count::count)
                .findFirst().orElse(0);
    }
}
