package id.binaan.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import id.binaan.enrollment.EnrollmentService;
import id.binaan.inmate.Education;
import id.binaan.inmate.InmateDetails;
import id.binaan.inmate.Inmates;
import id.binaan.inmate.LegalStatus;
import id.binaan.inmate.Sex;
import id.binaan.partner.PartnerType;
import id.binaan.partner.Partners;
import id.binaan.program.ProgramSetup;
import id.binaan.program.ProgramSetup.Basics;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/** Partners A and B, running trainings with a session on today's weekday, and enrolled inmates. */
@TestComponent
class AttendanceFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 800_000));

    /** A program, its session today, sessions a week and two weeks ago, and its enrollments. */
    record Course(Long programId, Long today, Long weekAgo, Long twoWeeksAgo, Long nextWeek, List<Long> enrollments) {
    }

    private final Inmates inmates;
    private final ProgramSetup setup;
    private final Partners partners;
    private final EnrollmentService enrollment;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AttendanceFixtures(Inmates inmates, ProgramSetup setup, Partners partners,
            EnrollmentService enrollment, JdbcTemplate jdbc, Clock clock) {
        this.inmates = inmates;
        this.setup = setup;
        this.partners = partners;
        this.enrollment = enrollment;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Long partnerA() {
        return partners.ensure("Mitra Uji Kehadiran A", PartnerType.BPVP, null, null, null, null);
    }

    Long partnerB() {
        return partners.ensure("Mitra Uji Kehadiran B", PartnerType.DISDIKBUD, null, null, null, null);
    }

    /** A course of {@code partner} with {@code people} participants, active since two weeks ago. */
    Course course(Long partner, int people) {
        return course(partner, people, today().plusYears(5));
    }

    /** As {@link #course(Long, int)}; the first session after {@code cancelAfter} is cancelled. */
    Course course(Long partner, int people, LocalDate cancelAfter) {
        LocalDate today = today();
        Long id = setup.ensureRunningTraining("test", new Basics(partner, "Pelatihan Kehadiran " + SEQUENCE.incrementAndGet(),
                today.minusDays(14), today.plusDays(90), 30, "Aula", "Instruktur Uji", 160), "Menjahit", null);
        setup.ensureWeeklySessions("test", id, Set.of(today.getDayOfWeek()), LocalTime.of(8, 0), LocalTime.of(11, 0), 4,
                "Praktik", cancelAfter);
        List<Long> enrolled = new java.util.ArrayList<>();
        for (int i = 0; i < people; i++) {
            Long eid = enrollment.enroll("test", id, inmate(), null).enrollmentId();
            // Test data: the enrollment began when the program did, so the past sessions have participants.
            jdbc.update("update enrollment set activated_on = ?, enrolled_on = ? where id = ?", today.minusDays(14),
                    today.minusDays(14), eid);
            enrolled.add(eid);
        }
        return new Course(id, session(id, today), session(id, today.minusDays(7)), session(id, today.minusDays(14)),
                session(id, today.plusDays(7)), enrolled);
    }

    private Long session(Long programId, LocalDate date) {
        return jdbc.queryForObject("select id from program_session where program_id = ? and session_date = ?",
                Long.class, programId, date);
    }

    private Long inmate() {
        int n = SEQUENCE.incrementAndGet();
        return inmates.ensure("test", new InmateDetails("B.I " + n + "/2025", "Peserta Hadir " + n, null,
                LocalDate.of(1990, 5, 17), Sex.MALE, LegalStatus.NARAPIDANA, Education.SMP, "Blok A",
                LocalDate.of(2025, 3, 1), today().plusYears(3)));
    }

    /** Whatever is stored for one participant at one session, or null. */
    String statusOf(Long session, Long enrollmentId) {
        return jdbc.query("select status from attendance where session_id = ? and enrollment_id = ?",
                rs -> rs.next() ? rs.getString(1) : null, session, enrollmentId);
    }

    String sessionStatus(Long session) {
        return jdbc.queryForObject("select status from program_session where id = ?", String.class, session);
    }

    Integer jpDelivered(Long session) {
        return jdbc.queryForObject("select jp_delivered from program_session where id = ?", Integer.class, session);
    }
}
