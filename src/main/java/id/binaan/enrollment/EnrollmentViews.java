package id.binaan.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.binaan.program.ProgramSummary;
import id.binaan.program.Programs;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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
    private final Programs programs;
    private final ObjectProvider<AttendanceTotals> attendance;
    private final NamedParameterJdbcTemplate jdbc;

    EnrollmentViews(EnrollmentRepository enrollments, EnrollmentEventRepository history,
            Programs programs, ObjectProvider<AttendanceTotals> attendance, NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.enrollments = enrollments;
        this.history = history;
        this.programs = programs;
        this.attendance = attendance;
    }

    record RosterRow(Long enrollmentId, Long inmateId, String registrationNumber, String fullName,
            EnrollmentStatus status, LocalDate enrolledOn, LocalDate endedOn, EndReason endReason, Outcome outcome,
            int position, AttendanceTotals.Tally tally) {
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

    record InmateRow(Long enrollmentId, Long programId, String programTitle, String programKind,
            EnrollmentStatus status, LocalDate enrolledOn, LocalDate endedOn, EndReason endReason, Outcome outcome,
            String certificateNumber, AttendanceTotals.Tally tally) {
    }

    record HistoryRow(Instant occurredAt, String actor, EnrollmentStatus from, EnrollmentStatus to, String reason) {
    }

    /**
     * The roster in one statement whatever its size: the enrollments with their inmates' names and their
     * attendance tallies (counted as {@link AttendanceTotals} counts them: rows of the program's HELD
     * sessions), and the program's capacity.
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
            all.add(new RosterRow(id, rs.getLong("inmate_id"), rs.getString("registration_number"),
                    rs.getString("full_name"), EnrollmentStatus.valueOf(rs.getString("status")),
                    rs.getObject("enrolled_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                    rs.getString("end_reason") == null ? null : EndReason.valueOf(rs.getString("end_reason")),
                    rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
                    0, new AttendanceTotals.Tally(rs.getInt("sessions_held"), rs.getInt("sessions_attended"),
                            rs.getInt("jp_held"), rs.getInt("jp_attended"))));
        });
        List<RosterRow> waiting = new ArrayList<>();
        for (RosterRow row : all) {
            if (row.status() == EnrollmentStatus.WAITLISTED) {
                waiting.add(new RosterRow(row.enrollmentId(), row.inmateId(), row.registrationNumber(),
                        row.fullName(), row.status(), row.enrolledOn(), row.endedOn(), row.endReason(), row.outcome(),
                        waiting.size() + 1, row.tally()));
            }
        }
        return new Roster(all.stream().filter(r -> r.status() == EnrollmentStatus.ACTIVE).toList(), waiting,
                all.stream().filter(r -> !r.status().isOpen()).toList(), capacity[0]);
    }

    private static final String ROSTER = """
            select p.capacity, e.id, e.inmate_id, i.registration_number, i.full_name, e.status, e.enrolled_on,
                   e.ended_on, e.end_reason, e.outcome,
                   coalesce(t.sessions_held, 0) as sessions_held, coalesce(t.sessions_attended, 0) as sessions_attended,
                   coalesce(t.jp_held, 0) as jp_held, coalesce(t.jp_attended, 0) as jp_attended
              from program p
              left join enrollment e on e.program_id = p.id
              left join inmate i on i.id = e.inmate_id
              left join lateral (
                    select count(*) as sessions_held,
                           count(*) filter (where a.status = 'PRESENT') as sessions_attended,
                           coalesce(sum(s.jp), 0) as jp_held,
                           coalesce(sum(s.jp) filter (where a.status = 'PRESENT'), 0) as jp_attended
                      from attendance a
                      join program_session s on s.id = a.session_id and s.status = 'HELD' and s.program_id = p.id
                     where a.enrollment_id = e.id) t on true
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

    private Map<Long, AttendanceTotals.Tally> tallies(List<Enrollment> all) {
        AttendanceTotals provider = attendance.getIfAvailable();
        List<Long> ids = all.stream().map(Enrollment::getId).toList();
        if (provider == null) {
            return ids.stream().collect(Collectors.toMap(Function.identity(), id -> AttendanceTotals.Tally.NONE));
        }
        return provider.tallies(ids);
    }
}
