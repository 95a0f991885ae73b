package id.binaan.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.binaan.inmate.InmateSummary;
import id.binaan.inmate.Inmates;
import id.binaan.program.ProgramKind;
import id.binaan.program.ProgramProgress;
import id.binaan.program.ProgramSummary;
import id.binaan.program.Programs;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Read models of enrollments for pages, including the program and inmate pages of other modules, which include
 * {@code enrollment/roster} fragments that call this bean by name. Attendance figures are those of the one
 * definition ({@code enrollment_jp}, R__enrollment_report.sql).
 */
@Component("enrollmentViews")
class EnrollmentViews {

    private final EnrollmentRepository enrollments;
    private final EnrollmentEventRepository history;
    private final Programs programs;
    private final Inmates inmates;
    private final ObjectProvider<AttendanceTotals> attendance;
    private final NamedParameterJdbcTemplate jdbc;

    EnrollmentViews(EnrollmentRepository enrollments, EnrollmentEventRepository history, Programs programs,
            Inmates inmates, ObjectProvider<AttendanceTotals> attendance, NamedParameterJdbcTemplate jdbc) {
        this.enrollments = enrollments;
        this.history = history;
        this.programs = programs;
        this.inmates = inmates;
        this.attendance = attendance;
        this.jdbc = jdbc;
    }

    record RosterRow(Long enrollmentId, Long inmateId, String registrationNumber, String fullName,
            EnrollmentStatus status, LocalDate enrolledOn, LocalDate endedOn, EndReason endReason, Outcome outcome,
            QueuePlace queuePlace, boolean putFirst, int position, AttendanceTotals.Tally tally) {

        RosterRow at(int newPosition) {
            return new RosterRow(enrollmentId, inmateId, registrationNumber, fullName, status, enrolledOn, endedOn,
                    endReason, outcome, queuePlace, putFirst, newPosition, tally);
        }
    }

    record Roster(List<RosterRow> active, List<RosterRow> waiting, List<RosterRow> ended, int capacity) {

        /** How many of each list the program page shows; the program's enrollments page shows them all. */
        static final int SHORT = 100;

        public List<RosterRow> activeShort() {
            return active.size() > SHORT ? active.subList(0, SHORT) : active;
        }

        public List<RosterRow> waitingShort() {
            return waiting.size() > SHORT ? waiting.subList(0, SHORT) : waiting;
        }

        public boolean longerThanShort() {
            return active.size() > SHORT || waiting.size() > SHORT;
        }
    }

    record InmateRow(Long enrollmentId, Long programId, String programTitle, ProgramKind programKind,
            EnrollmentStatus status, LocalDate enrolledOn, LocalDate endedOn, EndReason endReason, Outcome outcome,
            String certificateNumber, AttendanceTotals.Tally tally) {
    }

    record HistoryRow(Instant occurredAt, String actor, EnrollmentStatus from, EnrollmentStatus to, EnrollmentStep step,
            EndReason endReason, Outcome outcome, String note) {
    }

    /** One enrollment's page: the enrollment, its program and inmate, the figures completion is decided on. */
    record Detail(Enrollment enrollment, ProgramSummary program, InmateSummary inmate, AttendanceTotals.Tally tally,
            ProgramProgress progress, long position) {
    }

    @Transactional(readOnly = true)
    Detail detail(Long enrollmentId) {
        Enrollment enrollment = enrollments.findById(enrollmentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Long programId = enrollment.getProgramId();
        ProgramSummary program = programs.find(programId).orElseThrow();
        long position = 0;
        if (enrollment.getStatus() == EnrollmentStatus.WAITLISTED) {
            position = new Places(program.capacity(), 0,
                    enrollments.findByProgramIdAndStatus(programId, EnrollmentStatus.WAITLISTED)).positionOf(enrollment);
        }
        return new Detail(enrollment, program, inmates.find(enrollment.getInmateId()).orElseThrow(),
                tallies(List.of(enrollment)).get(enrollmentId), programs.progress(programId).orElseThrow(), position);
    }

    /**
     * The roster in one statement whatever its size: the enrollments with their inmates' names and their
     * attendance figures, and the program's capacity. The waiting list in the queue's order ({@link QueuePlace}).
     */
    @Transactional(readOnly = true)
    public Roster forProgram(Long programId) {
        List<RosterRow> all = new ArrayList<>();
        int[] capacity = {0};
        jdbc.query(ROSTER, new MapSqlParameterSource("program", programId), rs -> {
            capacity[0] = rs.getInt("capacity");
            long id = rs.getLong("id");
            if (rs.wasNull()) {
                return;
            }
            Instant putFirstAt = rs.getObject("put_first_at", java.time.OffsetDateTime.class) == null ? null
                    : rs.getObject("put_first_at", java.time.OffsetDateTime.class).toInstant();
            all.add(new RosterRow(id, rs.getLong("inmate_id"), rs.getString("registration_number"),
                    rs.getString("full_name"), EnrollmentStatus.valueOf(rs.getString("status")),
                    rs.getObject("enrolled_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                    rs.getString("end_reason") == null ? null : EndReason.valueOf(rs.getString("end_reason")),
                    rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
                    new QueuePlace(putFirstAt, rs.getObject("requested_at", java.time.OffsetDateTime.class).toInstant(),
                            id), putFirstAt != null, 0,
                    new AttendanceTotals.Tally(rs.getInt("sessions_held"), rs.getInt("sessions_attended"),
                            rs.getInt("jp_held"), rs.getInt("jp_excused"), rs.getInt("jp_expected"),
                            rs.getInt("jp_attended"), rs.getBigDecimal("attendance_pct"))));
        });
        List<RosterRow> queue = all.stream().filter(r -> r.status() == EnrollmentStatus.WAITLISTED)
                .sorted(Comparator.comparing(RosterRow::queuePlace)).toList();
        List<RosterRow> waiting = new ArrayList<>();
        for (RosterRow row : queue) {
            waiting.add(row.at(waiting.size() + 1));
        }
        return new Roster(all.stream().filter(r -> r.status() == EnrollmentStatus.ACTIVE).toList(), waiting,
                all.stream().filter(r -> !r.status().isOpen()).toList(), capacity[0]);
    }

    private static final String ROSTER = """
            select p.capacity, e.id, e.inmate_id, i.registration_number, i.full_name, e.status, e.enrolled_on,
                   e.ended_on, e.end_reason, e.outcome, e.requested_at, e.put_first_at,
                   t.sessions_held, t.sessions_attended, t.jp_held, t.jp_excused, t.jp_expected, t.jp_attended,
                   t.attendance_pct
              from program p
              left join enrollment e on e.program_id = p.id
              left join inmate i on i.id = e.inmate_id
              left join lateral enrollment_jp(e.id) t on true
             where p.id = :program
             order by e.status, e.requested_at, e.id""";

    @Transactional(readOnly = true)
    public List<InmateRow> forInmate(Long inmateId) {
        List<Enrollment> all = enrollments.findByInmate(inmateId);
        Map<Long, AttendanceTotals.Tally> tallies = tallies(all);
        Map<Long, ProgramSummary> programsById = programs
                .findAll(all.stream().map(Enrollment::getProgramId).distinct().toList()).stream()
                .collect(Collectors.toMap(ProgramSummary::id, Function.identity()));
        return all.stream().map(e -> {
            ProgramSummary program = programsById.get(e.getProgramId());
            return new InmateRow(e.getId(), e.getProgramId(), program == null ? "?" : program.title(),
                    program == null ? null : program.kind(), e.getStatus(), e.getEnrolledOn(),
                    e.getEndedOn(), e.getEndReason(), e.getOutcome(), e.getCertificateNumber(), tallies.get(e.getId()));
        }).toList();
    }

    /** The open enrollments that a release or transfer of this inmate would end, for its confirmation page. */
    @Transactional(readOnly = true)
    public List<InmateRow> openFor(Long inmateId) {
        return forInmate(inmateId).stream().filter(row -> row.status().isOpen()).toList();
    }

    @Transactional(readOnly = true)
    List<HistoryRow> historyOf(Long enrollmentId) {
        return history.findByEnrollmentIdOrderByOccurredAtAscIdAsc(enrollmentId).stream()
                .map(h -> new HistoryRow(h.getOccurredAt(), h.getActor(), h.getFromStatus(), h.getToStatus(),
                        h.getStep(), h.getEndReason(), h.getOutcome(), h.getNote()))
                .toList();
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
