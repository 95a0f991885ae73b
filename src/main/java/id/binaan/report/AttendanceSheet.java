package id.binaan.report;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A program's attendance as a grid: participants down, sessions held so far across. Three queries. */
@Component
class AttendanceSheet {

    private final JdbcTemplate jdbc;

    AttendanceSheet(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Column(Long sessionId, LocalDate date, LocalTime start, int jp) {
    }

    record Row(String registrationNumber, String fullName, List<String> marks) {
    }

    record Grid(List<Column> columns, List<Row> rows) {
    }

    @Transactional(readOnly = true)
    Grid of(Long programId, LocalDate upTo) {
        List<Column> columns = jdbc.query("""
                select id, session_date, start_time, jp from program_session
                where program_id = ? and status <> 'CANCELLED' and session_date <= ?
                order by session_date, start_time""",
                (rs, n) -> new Column(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalTime.class),
                        rs.getInt(4)), programId, upTo);
        Map<String, String> marks = new HashMap<>();
        jdbc.query("""
                select a.enrollment_id, a.session_id, a.status from attendance a
                join program_session s on s.id = a.session_id
                where s.program_id = ?""",
                rs -> {
                    marks.put(rs.getLong(1) + ":" + rs.getLong(2), rs.getString(3));
                }, programId);
        List<Row> rows = jdbc.query("""
                select e.id, i.registration_number, i.full_name from enrollment e
                join inmate i on i.id = e.inmate_id
                where e.program_id = ? and e.activated_on is not null
                order by lower(i.full_name), e.id""",
                (rs, n) -> {
                    long enrollment = rs.getLong(1);
                    return new Row(rs.getString(2), rs.getString(3), columns.stream()
                            .map(c -> marks.getOrDefault(enrollment + ":" + c.sessionId(), "")).toList());
                }, programId);
        return new Grid(columns, rows);
    }
}
