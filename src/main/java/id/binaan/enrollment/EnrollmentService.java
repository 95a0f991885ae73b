package id.binaan.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import id.binaan.audit.AuditLog;
import id.binaan.enrollment.Eligibility.BusySlot;
import id.binaan.enrollment.Eligibility.Slot;
import id.binaan.inmate.InmateSummary;
import id.binaan.inmate.Inmates;
import id.binaan.program.ProgramSummary;
import id.binaan.program.Programs;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Enrolling inmates in programs and moving enrollments through their lifecycle (DESIGN.md
 * rules 1, 2, 3, 5). Capacity holds across app instances because every change to a program's
 * places first takes a PostgreSQL advisory lock on that program.
 */
@Service
public class EnrollmentService {

    private static final Set<EnrollmentStatus> OPEN = EnumSet.of(EnrollmentStatus.ACTIVE, EnrollmentStatus.WAITLISTED);
    private static final int PROGRAM_LOCK = 71_001;
    private static final int INMATE_LOCK = 71_002;

    private final EnrollmentRepository enrollments;
    private final EnrollmentEventRepository history;
    private final Inmates inmates;
    private final Programs programs;
    private final ObjectProvider<AttendanceTotals> attendance;
    private final AuditLog auditLog;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    EnrollmentService(EnrollmentRepository enrollments, EnrollmentEventRepository history, Inmates inmates,
            Programs programs, ObjectProvider<AttendanceTotals> attendance, AuditLog auditLog, JdbcTemplate jdbc,
            Clock clock) {
        this.enrollments = enrollments;
        this.history = history;
        this.inmates = inmates;
        this.programs = programs;
        this.attendance = attendance;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What happened to an enrollment request. */
    public record Attempt(Long enrollmentId, EnrollmentStatus status, long waitlistPosition, boolean blocked,
            boolean needsOverride) {

        public boolean enrolled() {
            return enrollmentId != null;
        }
    }

    /**
     * Enrolls when every rule passes (a warning only with a written override): ACTIVE while
     * places are free, WAITLISTED after that, in order of arrival.
     */
    @Transactional
    public Attempt enroll(String actor, Long programId, Long inmateId, String overrideReason) {
        ProgramSummary program = program(programId);
        lock(PROGRAM_LOCK, programId);
        lock(INMATE_LOCK, inmateId);
        Eligibility.Check check = assess(inmate(inmateId), program);
        if (check.blocked()) {
            return new Attempt(null, null, 0, true, false);
        }
        String override = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        if (check.warns() && override == null) {
            return new Attempt(null, null, 0, false, true);
        }
        LocalDate today = LocalDate.now(clock);
        boolean placeFree = enrollments.countByProgramIdAndStatus(programId, EnrollmentStatus.ACTIVE) < program.capacity();
        Enrollment enrollment = enrollments.save(placeFree
                ? Enrollment.active(programId, inmateId, clock.instant(), today, check.warns() ? override : null, actor)
                : Enrollment.waitlisted(programId, inmateId, clock.instant(), today, check.warns() ? override : null, actor));
        record(actor, enrollment, null, check.warns() ? "override: " + override : null);
        long position = placeFree ? 0 : positionOf(enrollment);
        return new Attempt(enrollment.getId(), enrollment.getStatus(), position, false, false);
    }

    /** The eligibility panel for one inmate and one program, without writing anything. */
    @Transactional(readOnly = true)
    Eligibility.Check assess(Long programId, Long inmateId) {
        return assess(inmate(inmateId), program(programId));
    }

    @Transactional
    public void withdraw(String actor, Long enrollmentId, long formVersion, EndReason reason) {
        Enrollment enrollment = forUpdate(enrollmentId, formVersion);
        lock(PROGRAM_LOCK, enrollment.getProgramId());
        EnrollmentStatus from = enrollment.getStatus();
        enrollment.withdraw(reason, LocalDate.now(clock));
        record(actor, enrollment, from, reason.name());
        if (from == EnrollmentStatus.ACTIVE) {
            promoteFromWaitingList(actor, enrollment.getProgramId());
        }
    }

    @Transactional
    public void complete(String actor, Long enrollmentId, long formVersion, Outcome outcome, String certificateNumber) {
        Enrollment enrollment = forUpdate(enrollmentId, formVersion);
        ProgramSummary program = program(enrollment.getProgramId());
        lock(PROGRAM_LOCK, enrollment.getProgramId());
        boolean reached = totals(enrollmentId).reaches(threshold(program));
        enrollment.complete(outcome, certificateNumber, isTraining(program), reached, LocalDate.now(clock));
        record(actor, enrollment, EnrollmentStatus.ACTIVE, outcome.name());
        promoteFromWaitingList(actor, enrollment.getProgramId());
    }

    /** Release or transfer: every open enrollment ends with that reason; places go to the waiting lists. */
    @Transactional
    public void endAllFor(String actor, Long inmateId, EndReason reason, LocalDate on) {
        List<Enrollment> open = new ArrayList<>(enrollments.findByInmateIdAndStatusIn(inmateId, OPEN));
        open.sort((a, b) -> a.getProgramId().compareTo(b.getProgramId()));
        for (Enrollment enrollment : open) {
            lock(PROGRAM_LOCK, enrollment.getProgramId());
            EnrollmentStatus from = enrollment.getStatus();
            enrollment.withdraw(reason, on);
            record(actor, enrollment, from, reason.name());
            if (from == EnrollmentStatus.ACTIVE) {
                promoteFromWaitingList(actor, enrollment.getProgramId());
            }
        }
    }

    public AttendanceTotals.Tally totals(Long enrollmentId) {
        AttendanceTotals provider = attendance.getIfAvailable();
        // Until attendance is recorded anywhere, nobody has attended anything.
        return provider == null ? AttendanceTotals.Tally.NONE : provider.tally(enrollmentId);
    }

    private void promoteFromWaitingList(String actor, Long programId) {
        ProgramSummary program = program(programId);
        long active = enrollments.countByProgramIdAndStatus(programId, EnrollmentStatus.ACTIVE);
        for (Enrollment next : enrollments.waitingList(programId)) {
            if (active >= program.capacity()) {
                break;
            }
            next.promote(LocalDate.now(clock));
            record(actor, next, EnrollmentStatus.WAITLISTED, "promoted");
            active++;
        }
    }

    long positionOf(Enrollment enrollment) {
        return enrollments.positionOnWaitingList(enrollment.getProgramId(), enrollment.getRequestedAt(), enrollment.getId());
    }

    private Eligibility.Check assess(InmateSummary inmate, ProgramSummary program) {
        boolean already = enrollments.existsByProgramIdAndInmateIdAndStatusIn(program.id(), inmate.id(), OPEN);
        List<Slot> sessions = slotsOf(program.id());
        List<BusySlot> busy = new ArrayList<>();
        for (Enrollment other : enrollments.findByInmateIdAndStatusIn(inmate.id(), EnumSet.of(EnrollmentStatus.ACTIVE))) {
            if (!other.getProgramId().equals(program.id())) {
                String title = program(other.getProgramId()).title();
                slotsOf(other.getProgramId()).forEach(slot -> busy.add(new BusySlot(title, slot)));
            }
        }
        return Eligibility.check(
                new Eligibility.Candidate(String.valueOf(inmate.status()), String.valueOf(inmate.education()),
                        inmate.expectedReleaseDate()),
                new Eligibility.Offer(String.valueOf(program.status()),
                        program.level() == null ? null : String.valueOf(program.level()), program.endDate(), sessions),
                already, busy);
    }

    private List<Slot> slotsOf(Long programId) {
        return programs.activeSessionsOf(programId).stream()
                .map(s -> new Slot(s.date(), s.start(), s.end()))
                .toList();
    }

    private Enrollment forUpdate(Long enrollmentId, long formVersion) {
        Enrollment enrollment = enrollments.findById(enrollmentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (enrollment.isStale(formVersion)) {
            throw new StaleEnrollmentException();
        }
        return enrollment;
    }

    private void record(String actor, Enrollment enrollment, EnrollmentStatus from, String reason) {
        history.save(new EnrollmentEvent(enrollment.getId(), clock.instant(), actor, from, enrollment.getStatus(), reason));
        auditLog.record(actor, "ENROLLMENT_" + enrollment.getStatus(), "Enrollment", enrollment.getId(),
                "program=" + enrollment.getProgramId() + ", inmate=" + enrollment.getInmateId()
                        + ", from=" + Objects.toString(from, "-") + (reason == null ? "" : ", reason=" + reason));
    }

    private void lock(int space, Long id) {
        jdbc.queryForList("select pg_advisory_xact_lock(?, ?)", space, Math.toIntExact(id));
    }

    ProgramSummary program(Long programId) {
        return programs.find(programId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    InmateSummary inmate(Long inmateId) {
        return inmates.find(inmateId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The share of JP held that a participant must attend to complete; 80 % unless the program says otherwise. */
    static int threshold(ProgramSummary program) {
        return program.completionThresholdPercent() == null ? 80 : program.completionThresholdPercent();
    }

    static boolean isTraining(ProgramSummary program) {
        return "TRAINING".equals(String.valueOf(program.kind()));
    }

    /** The form was filled in against an older version of the enrollment. */
    static class StaleEnrollmentException extends RuntimeException {
        StaleEnrollmentException() {
            super("The enrollment changed after the form was opened");
        }
    }
}
