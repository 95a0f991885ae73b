package id.binaan.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.binaan.inmate.InmateSummary;
import id.binaan.inmate.Inmates;
import id.binaan.program.ProgramSummary;
import id.binaan.program.Programs;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read models of enrollments for pages, including the program and inmate pages of other
 * modules, which include {@code enrollment/roster} fragments that call this bean by name.
 */
@Component("enrollmentViews")
class EnrollmentViews {

    private final EnrollmentRepository enrollments;
    private final EnrollmentEventRepository history;
    private final Inmates inmates;
    private final Programs programs;
    private final ObjectProvider<AttendanceTotals> attendance;

    EnrollmentViews(EnrollmentRepository enrollments, EnrollmentEventRepository history, Inmates inmates,
            Programs programs, ObjectProvider<AttendanceTotals> attendance) {
        this.enrollments = enrollments;
        this.history = history;
        this.inmates = inmates;
        this.programs = programs;
        this.attendance = attendance;
    }

    record RosterRow(Long enrollmentId, Long inmateId, String registrationNumber, String fullName,
            EnrollmentStatus status, LocalDate enrolledOn, LocalDate endedOn, EndReason endReason, Outcome outcome,
            int position, AttendanceTotals.Tally tally) {
    }

    record Roster(List<RosterRow> active, List<RosterRow> waiting, List<RosterRow> ended, int capacity) {
    }

    record InmateRow(Long enrollmentId, Long programId, String programTitle, String programKind,
            EnrollmentStatus status, LocalDate enrolledOn, LocalDate endedOn, EndReason endReason, Outcome outcome,
            String certificateNumber, AttendanceTotals.Tally tally) {
    }

    record HistoryRow(Instant occurredAt, String actor, EnrollmentStatus from, EnrollmentStatus to, String reason) {
    }

    @Transactional(readOnly = true)
    public Roster forProgram(Long programId) {
        List<Enrollment> all = enrollments.findByProgram(programId);
        Map<Long, InmateSummary> people = inmates.findAll(all.stream().map(Enrollment::getInmateId).distinct().toList())
                .stream().collect(Collectors.toMap(InmateSummary::id, Function.identity()));
        Map<Long, AttendanceTotals.Tally> tallies = tallies(all);
        List<Enrollment> waiting = all.stream().filter(e -> e.getStatus() == EnrollmentStatus.WAITLISTED)
                .sorted(Comparator.comparing(Enrollment::getRequestedAt).thenComparing(Enrollment::getId)).toList();
        int capacity = programs.find(programId).map(ProgramSummary::capacity).orElse(0);
        return new Roster(
                rows(all, EnrollmentStatus.ACTIVE, people, tallies, waiting),
                rows(waiting, EnrollmentStatus.WAITLISTED, people, tallies, waiting),
                all.stream().filter(e -> !e.getStatus().isOpen())
                        .map(e -> row(e, people, tallies, waiting)).toList(),
                capacity);
    }

    @Transactional(readOnly = true)
    public List<InmateRow> forInmate(Long inmateId) {
        List<Enrollment> all = enrollments.findByInmate(inmateId);
        Map<Long, AttendanceTotals.Tally> tallies = tallies(all);
        // An inmate takes part in a handful of programs over a stay: one look-up each is fine here.
        Map<Long, ProgramSummary> programsById = all.stream().map(Enrollment::getProgramId).distinct()
                .map(programs::find).flatMap(java.util.Optional::stream)
                .collect(Collectors.toMap(ProgramSummary::id, Function.identity()));
        return all.stream().map(e -> {
            ProgramSummary program = programsById.get(e.getProgramId());
            return new InmateRow(e.getId(), e.getProgramId(), program == null ? "?" : program.title(),
                    program == null ? "" : String.valueOf(program.kind()), e.getStatus(), e.getEnrolledOn(),
                    e.getEndedOn(), e.getEndReason(), e.getOutcome(), e.getCertificateNumber(), tallies.get(e.getId()));
        }).toList();
    }

    @Transactional(readOnly = true)
    List<HistoryRow> historyOf(Long enrollmentId) {
        return history.findByEnrollmentIdOrderByOccurredAtAscIdAsc(enrollmentId).stream()
                .map(h -> new HistoryRow(h.getOccurredAt(), h.getActor(), h.getFromStatus(), h.getToStatus(), h.getReason()))
                .toList();
    }

    private List<RosterRow> rows(List<Enrollment> all, EnrollmentStatus status, Map<Long, InmateSummary> people,
            Map<Long, AttendanceTotals.Tally> tallies, List<Enrollment> waiting) {
        return all.stream().filter(e -> e.getStatus() == status).map(e -> row(e, people, tallies, waiting)).toList();
    }

    private RosterRow row(Enrollment e, Map<Long, InmateSummary> people, Map<Long, AttendanceTotals.Tally> tallies,
            List<Enrollment> waiting) {
        InmateSummary inmate = people.get(e.getInmateId());
        return new RosterRow(e.getId(), e.getInmateId(), inmate == null ? "?" : inmate.registrationNumber(),
                inmate == null ? "?" : inmate.fullName(), e.getStatus(), e.getEnrolledOn(), e.getEndedOn(),
                e.getEndReason(), e.getOutcome(), waiting.indexOf(e) + 1, tallies.get(e.getId()));
    }

    private Map<Long, AttendanceTotals.Tally> tallies(List<Enrollment> all) {
        AttendanceTotals provider = attendance.getIfAvailable();
        List<Long> ids = all.stream().map(Enrollment::getId).toList();
        if (provider == null) {
            return ids.stream().collect(Collectors.toMap(Function.identity(), id -> AttendanceTotals.Tally.NONE));
        }
        return provider.tallies(ids);
    }
}
