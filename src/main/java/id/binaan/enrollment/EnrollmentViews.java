package id.binaan.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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
    }

    /**
     * One page of a program's enrollments, as the program page and the program's enrollments page show it: the
     * program's capacity and how many enrollments each list holds, and the page's rows split into the active ones
     * (with their attendance figures), the waiting ones (with their place in the queue) and the ended ones.
     */
    record Roster(Page<RosterRow> rows, List<RosterRow> active, List<RosterRow> waiting, List<RosterRow> ended,
            int capacity, long activeCount, long waitingCount, long endedCount) {

        /** The enrollments a page shows: fifty, whatever the size of the program. */
        static final int PAGE_SIZE = 50;

        /** "1–50", the positions of the page's first and last row in the whole list. */
        public String range() {
            long first = rows.getNumber() * (long) rows.getSize() + 1;
            return rows.getNumberOfElements() == 0 ? "0" : first + "–" + (first + rows.getNumberOfElements() - 1);
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
     * One page of the roster in one statement whatever the program's size: the program's capacity, how many
     * enrollments each list holds, and the page's rows with their inmates' names; attendance figures are computed
     * for the page's active rows only. The rows are in the lists' order: the active ones first come first served,
     * then the waiting list in the queue's order ({@link QueuePlace}), then (when {@code withEnded}) the ended ones.
     */
    @Transactional(readOnly = true)
    public Roster forProgram(Long programId, boolean withEnded, int page) {
        int number = Math.max(0, page);
        List<RosterRow> rows = new ArrayList<>();
        long[] figures = new long[4];
        MapSqlParameterSource params = new MapSqlParameterSource("program", programId).addValue("withEnded", withEnded)
                .addValue("offset", (long) number * Roster.PAGE_SIZE)
                .addValue("last", (long) (number + 1) * Roster.PAGE_SIZE);
        jdbc.query(ROSTER, params, rs -> {
            figures[0] = rs.getInt("capacity");
            figures[1] = rs.getLong("active_count");
            figures[2] = rs.getLong("waiting_count");
            figures[3] = rs.getLong("ended_count");
            long id = rs.getLong("id");
            if (rs.wasNull()) {
                return;
            }
            Instant putFirstAt = rs.getObject("put_first_at", java.time.OffsetDateTime.class) == null ? null
                    : rs.getObject("put_first_at", java.time.OffsetDateTime.class).toInstant();
            rows.add(new RosterRow(id, rs.getLong("inmate_id"), rs.getString("registration_number"),
                    rs.getString("full_name"), EnrollmentStatus.valueOf(rs.getString("status")),
                    rs.getObject("enrolled_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                    rs.getString("end_reason") == null ? null : EndReason.valueOf(rs.getString("end_reason")),
                    rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
                    new QueuePlace(putFirstAt, rs.getObject("requested_at", java.time.OffsetDateTime.class).toInstant(),
                            id), putFirstAt != null, rs.getInt("position"),
                    new AttendanceTotals.Tally(rs.getInt("sessions_held"), rs.getInt("sessions_attended"),
                            rs.getInt("jp_held"), rs.getInt("jp_excused"), rs.getInt("jp_expected"),
                            rs.getInt("jp_attended"), rs.getBigDecimal("attendance_pct"))));
        });
        long total = figures[1] + figures[2] + (withEnded ? figures[3] : 0);
        return new Roster(new PageImpl<>(rows, PageRequest.of(number, Roster.PAGE_SIZE), total),
                rows.stream().filter(r -> r.status() == EnrollmentStatus.ACTIVE).toList(),
                rows.stream().filter(r -> r.status() == EnrollmentStatus.WAITLISTED).toList(),
                rows.stream().filter(r -> !r.status().isOpen()).toList(), (int) figures[0], figures[1], figures[2],
                figures[3]);
    }

    /*
     * The program's enrollments are numbered in the lists' order without their attendance (an index range of the
     * program's enrollments); only the page's rows are joined to their inmates, and only its active rows have their
     * attendance figures computed (enrollment_jp, the one definition).
     */
    private static final String ROSTER = """
            with numbered as (
                select e.*,
                       row_number() over (order by e.list, case when e.list = 1 then e.put_first_at end nulls last,
                                                   case when e.list = 2 then e.status end, e.requested_at, e.id) as n,
                       row_number() over (partition by e.list
                                          order by e.put_first_at nulls last, e.requested_at, e.id) as position
                  from (select id, inmate_id, status, enrolled_on, ended_on, end_reason, outcome, requested_at,
                               put_first_at, case status when 'ACTIVE' then 0 when 'WAITLISTED' then 1 else 2 end as list
                          from enrollment
                         where program_id = :program) e),
            counts as (
                select count(*) filter (where list = 0) as active_count, count(*) filter (where list = 1) as waiting_count,
                       count(*) filter (where list = 2) as ended_count
                  from numbered),
            shown as (
                select * from numbered
                 where n > :offset and n <= :last and (list < 2 or :withEnded))
            select p.capacity, c.active_count, c.waiting_count, c.ended_count, s.id, s.inmate_id,
                   i.registration_number, i.full_name, s.status, s.enrolled_on, s.ended_on, s.end_reason, s.outcome,
                   s.requested_at, s.put_first_at, s.position,
                   t.sessions_held, t.sessions_attended, t.jp_held, t.jp_excused, t.jp_expected, t.jp_attended,
                   t.attendance_pct
              from program p
             cross join counts c
              left join shown s on true
              left join inmate i on i.id = s.inmate_id
              left join lateral enrollment_jp(case when s.list = 0 then s.id end) t on true
             where p.id = :program
             order by s.n""";

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
