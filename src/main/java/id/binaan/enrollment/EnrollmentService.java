package id.binaan.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.binaan.inmate.InmateSummary;
import id.binaan.inmate.Inmates;
import id.binaan.program.ProgramProgress;
import id.binaan.program.ProgramSummary;
import id.binaan.program.Programs;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Enrolling inmates in programs and moving enrollments through their lifecycle (DESIGN.md rules 1, 2, 3, 5). The
 * rules are the enrollment's, the eligibility's and the places'; this service gathers the facts they need and
 * writes what they decide. Capacity holds across app instances because every change to a program's places first
 * takes a PostgreSQL advisory lock on that program, and reads the program's capacity only after that.
 */
@PreAuthorize("@serviceAccess.staff()")
@Service
public class EnrollmentService {

    private static final Set<EnrollmentStatus> OPEN = EnumSet.of(EnrollmentStatus.ACTIVE, EnrollmentStatus.WAITLISTED);
    private static final int PROGRAM_LOCK = 71_001;
    private static final int INMATE_LOCK = 71_002;

    private final EnrollmentRepository enrollments;
    private final EnrollmentHistory history;
    private final Eligibilities eligibilities;
    private final Inmates inmates;
    private final Programs programs;
    private final ObjectProvider<AttendanceTotals> attendance;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    EnrollmentService(EnrollmentRepository enrollments, EnrollmentHistory history, Eligibilities eligibilities,
            Inmates inmates, Programs programs, ObjectProvider<AttendanceTotals> attendance, JdbcTemplate jdbc,
            Clock clock) {
        this.enrollments = enrollments;
        this.history = history;
        this.eligibilities = eligibilities;
        this.inmates = inmates;
        this.programs = programs;
        this.attendance = attendance;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An enrollment made: ACTIVE or WAITLISTED, and its place in the queue when waiting. */
    public record Attempt(Long enrollmentId, EnrollmentStatus status, long waitlistPosition) {
    }

    /**
     * Enrolls when every rule passes (a warning only with a written reason): ACTIVE while places are free,
     * WAITLISTED after that, in order of arrival.
     */
    @Transactional
    public Attempt enroll(String actor, Long programId, Long inmateId, String overrideReason) {
        lock(PROGRAM_LOCK, programId);
        lock(INMATE_LOCK, inmateId);
        ProgramSummary program = program(programId);
        String override = assess(inmate(inmateId), program).requireAdmitted(overrideReason);
        Places places = places(program);
        Enrollment enrollment = enrollments.save(new Enrollment(programId, inmateId, places.admit(), clock.instant(),
                today(), override, actor));
        record(actor, enrollment, null, EnrollmentStep.REQUESTED, override);
        long position = enrollment.getStatus() == EnrollmentStatus.WAITLISTED ? places(program).positionOf(enrollment) : 0;
        return new Attempt(enrollment.getId(), enrollment.getStatus(), position);
    }

    /** Whether the inmate may be enrolled without a written reason: every rule passes, no warning. */
    @Transactional(readOnly = true)
    public boolean admitsWithoutReason(Long programId, Long inmateId) {
        Eligibility.Check check = assess(programId, inmateId);
        return !check.blocked() && !check.warns();
    }

    /** How many of these inmates would become active now and how many would wait. */
    @Transactional(readOnly = true)
    Places.Split split(Long programId, List<Long> inmateIds) {
        return places(program(programId)).split(inmateIds.size());
    }

    /**
     * Enrolls exactly the chosen inmates, all or none: each must pass every rule without a warning, and the split
     * between active and waiting must still be the one shown before committing ({@code expected}).
     */
    @Transactional
    Places.Split enrollAll(String actor, Long programId, List<Long> inmateIds, Places.Split expected) {
        lock(PROGRAM_LOCK, programId);
        inmateIds.stream().distinct().sorted().forEach(id -> lock(INMATE_LOCK, id));
        ProgramSummary program = program(programId);
        Map<String, Eligibility.Check> checks = new LinkedHashMap<>();
        for (Long inmateId : inmateIds) {
            InmateSummary inmate = inmate(inmateId);
            checks.put(inmate.fullName() + " (" + inmate.registrationNumber() + ")", assess(inmate, program));
        }
        Eligibility.requireAllAdmitted(checks);
        Places places = places(program);
        Places.Split split = places.split(inmateIds.size());
        Places.requireShown(split, expected);
        for (Long inmateId : inmateIds) {
            Enrollment enrollment = enrollments.save(new Enrollment(programId, inmateId, places.admit(),
                    clock.instant(), today(), null, actor));
            record(actor, enrollment, null, EnrollmentStep.REQUESTED, null);
        }
        return split;
    }

    /** The eligibility panel for one inmate and one program, without writing anything. */
    @Transactional(readOnly = true)
    Eligibility.Check assess(Long programId, Long inmateId) {
        return assess(inmate(inmateId), program(programId));
    }

    /** Programs taking participants that would suit the inmate where {@code programId} does not (level, audience). */
    @Transactional(readOnly = true)
    List<ProgramSummary> suggestions(Long programId, Long inmateId) {
        return eligibilities.suggestions(inmate(inmateId), program(programId));
    }

    @Transactional
    public void withdraw(String actor, Long enrollmentId, Long formVersion, EndReason reason) {
        Enrollment enrollment = find(enrollmentId);
        enrollment.requireVersion(formVersion);
        lock(PROGRAM_LOCK, enrollment.getProgramId());
        EnrollmentStatus from = enrollment.getStatus();
        enrollment.withdraw(reason, today());
        record(actor, enrollment, from, EnrollmentStep.WITHDRAWN, null);
        fill(actor, enrollment.getProgramId());
    }

    @Transactional
    public void complete(String actor, Long enrollmentId, Long formVersion, Outcome outcome, String certificateNumber) {
        Enrollment enrollment = find(enrollmentId);
        enrollment.requireVersion(formVersion);
        lock(PROGRAM_LOCK, enrollment.getProgramId());
        ProgramProgress progress = programs.progress(enrollment.getProgramId()).orElseThrow();
        EnrollmentStatus from = enrollment.getStatus();
        enrollment.complete(outcome, certificateNumber, progress, totals(enrollmentId), today());
        record(actor, enrollment, from, EnrollmentStep.COMPLETED, null);
        fill(actor, enrollment.getProgramId());
    }

    /** Staff put a waiting inmate ahead of the queue, with a written reason; a place free now is theirs at once. */
    @Transactional
    public void putFirst(String actor, Long enrollmentId, Long formVersion, String reason) {
        Enrollment enrollment = find(enrollmentId);
        enrollment.requireVersion(formVersion);
        lock(PROGRAM_LOCK, enrollment.getProgramId());
        enrollment.putFirst(reason, clock.instant());
        record(actor, enrollment, EnrollmentStatus.WAITLISTED, EnrollmentStep.PUT_FIRST, enrollment.getPutFirstReason());
        fill(actor, enrollment.getProgramId());
    }

    /** Release or transfer: every open enrollment ends with that reason on that date; places go to the waiting lists. */
    @Transactional
    public void endAllFor(String actor, Long inmateId, EndReason reason, LocalDate on) {
        List<Enrollment> open = new ArrayList<>(enrollments.findByInmateIdAndStatusIn(inmateId, OPEN));
        open.sort((a, b) -> a.getProgramId().compareTo(b.getProgramId()));
        for (Enrollment enrollment : open) {
            lock(PROGRAM_LOCK, enrollment.getProgramId());
            EnrollmentStatus from = enrollment.getStatus();
            enrollment.depart(reason, on);
            record(actor, enrollment, from, EnrollmentStep.DEPARTED, null);
            fill(actor, enrollment.getProgramId());
        }
    }

    /**
     * A program's capacity changed (in the caller's transaction): refused below the places taken; a raised one
     * promotes the first on the waiting list at once.
     */
    @Transactional
    public void capacityChanged(String actor, Long programId, int capacity) {
        lock(PROGRAM_LOCK, programId);
        long active = enrollments.countByProgramIdAndStatus(programId, EnrollmentStatus.ACTIVE);
        Places.requireCapacity(capacity, active);
        promote(actor, new Places(capacity, active, enrollments.findByProgramIdAndStatus(programId,
                EnrollmentStatus.WAITLISTED)));
    }

    public AttendanceTotals.Tally totals(Long enrollmentId) {
        AttendanceTotals provider = attendance.getIfAvailable();
        // Until attendance is recorded anywhere, nobody has attended anything.
        return provider == null ? AttendanceTotals.Tally.NONE : provider.tally(enrollmentId);
    }

    /** Every free place of the program to the first in its queue; the program's lock is held. */
    private void fill(String actor, Long programId) {
        promote(actor, places(program(programId)));
    }

    private void promote(String actor, Places places) {
        for (Enrollment promoted : places.fill(today())) {
            record(actor, promoted, EnrollmentStatus.WAITLISTED, EnrollmentStep.PROMOTED, null);
        }
    }

    private Places places(ProgramSummary program) {
        return new Places(program.capacity(),
                enrollments.countByProgramIdAndStatus(program.id(), EnrollmentStatus.ACTIVE),
                enrollments.findByProgramIdAndStatus(program.id(), EnrollmentStatus.WAITLISTED));
    }

    private Eligibility.Check assess(InmateSummary inmate, ProgramSummary program) {
        return eligibilities.of(inmate, program);
    }

    private Enrollment find(Long enrollmentId) {
        return enrollments.findById(enrollmentId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void record(String actor, Enrollment enrollment, EnrollmentStatus from, EnrollmentStep step, String note) {
        history.record(actor, enrollment, from, step, note);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void lock(int space, Long id) {
        jdbc.queryForList("select pg_advisory_xact_lock(?, ?)", space, Long.hashCode(id));
    }

    ProgramSummary program(Long programId) {
        return programs.find(programId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    InmateSummary inmate(Long inmateId) {
        return inmates.find(inmateId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
