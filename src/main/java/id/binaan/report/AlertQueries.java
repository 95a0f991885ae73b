package id.binaan.report;

import id.binaan.shared.Scope;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lists behind the dashboard's alerts, each one query, at most {@link #LIMIT} rows. */
@Service
class AlertQueries {

    static final int LIMIT = 200;
    static final int AGREEMENT_DAYS = 60;
    static final int CONFIRM_DAYS = 3;
    static final int RELEASE_DAYS = 90;

    /** Active inmates released within 90 days who never completed a vocational training (alias {@code i}). */
    static final String RELEASE_READINESS = """
            i.status = 'ACTIVE' and i.expected_release_date between :today and :releaseBy
            and not exists (select 1 from enrollment e join program p on p.id = e.program_id
                             where e.inmate_id = i.id and e.status = 'COMPLETED' and p.kind = 'TRAINING')""";

    private static final String SESSIONS = """
            select s.id, s.session_date, s.start_time, s.topic, p.id as program_id, p.title, pa.name as partner
              from program_session s join program p on p.id = s.program_id join partner pa on pa.id = p.partner_id
             where %s
             order by s.session_date, s.start_time, s.id
             limit %d""";

    record SessionRow(Long id, LocalDate date, java.time.LocalTime start, String topic, Long programId, String program,
                      String partner) {
    }

    record InmateRow(Long id, String registrationNumber, String name, String cellBlock, LocalDate expectedRelease) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    AlertQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static MapSqlParameterSource params(LocalDate today) {
        return new MapSqlParameterSource("today", today)
                .addValue("confirmBy", today.minusDays(CONFIRM_DAYS))
                .addValue("releaseBy", today.plusDays(RELEASE_DAYS));
    }

    /** Held more than three days ago and still not confirmed by the partner. */
    @Transactional(readOnly = true)
    public List<SessionRow> unconfirmedSessions(LocalDate today) {
        return sessions("s.status = 'HELD' and s.confirmed_at is null and s.session_date < :confirmBy", today);
    }

    /** Past sessions still SCHEDULED: nobody recorded that they took place, nor their attendance. */
    @Transactional(readOnly = true)
    public List<SessionRow> missingAttendance(LocalDate today) {
        return sessions("s.status = 'SCHEDULED' and s.session_date < :today", today);
    }

    @Transactional(readOnly = true)
    public List<InmateRow> releaseReadiness(LocalDate today) {
        return jdbc.query("select i.id, i.registration_number, i.full_name, i.cell_block, i.expected_release_date"
                        + " from inmate i where " + Scope.current().sql("i.facility_id") + " and " + RELEASE_READINESS + " order by i.expected_release_date, i.id limit " + LIMIT,
                params(today), (rs, n) -> new InmateRow(rs.getLong("id"), rs.getString("registration_number"),
                        rs.getString("full_name"), rs.getString("cell_block"),
                        rs.getObject("expected_release_date", LocalDate.class)));
    }

    private List<SessionRow> sessions(String condition, LocalDate today) {
        return jdbc.query(SESSIONS.formatted(Scope.current().sql("s.facility_id") + " and " + condition, LIMIT), params(today), (rs, n) -> new SessionRow(rs.getLong("id"),
                rs.getObject("session_date", LocalDate.class), rs.getObject("start_time", java.time.LocalTime.class),
                rs.getString("topic"), rs.getLong("program_id"), rs.getString("title"), rs.getString("partner")));
    }
}
