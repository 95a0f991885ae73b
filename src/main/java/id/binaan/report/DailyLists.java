package id.binaan.report;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two papers of a session day: the unlock list (daftar pergerakan warga binaan) for the security shift, which
 * names per block who leaves it when, for which program and where; and one session's sign-in sheet (daftar hadir),
 * its participants on that day with a column to sign. Participants are those whose enrollment is active on the day,
 * as attendance counts them ({@code enrollment_active_on}).
 */
@Component
class DailyLists {

    private final NamedParameterJdbcTemplate jdbc;

    DailyLists(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Movement(LocalTime start, LocalTime end, Long sessionId, Long programId, String program, String location,
            String fullName, String registrationNumber) {
    }

    /** One block's movements, by time. */
    record Block(String name, List<Movement> movements) {
    }

    record SessionHeader(Long id, Long programId, Long partnerId, String program, String partner, LocalDate date,
            LocalTime start, LocalTime end, String topic, int jp, String location, String instructor,
            String status) {
    }

    record Signer(String fullName, String registrationNumber, String block) {
    }

    @Transactional(readOnly = true)
    List<Block> movements(LocalDate date) {
        Map<String, List<Movement>> blocks = new LinkedHashMap<>();
        jdbc.query("""
                select i.cell_block, s.start_time, s.end_time, s.id as session_id, p.id as program_id, p.title,
                       p.location, i.full_name, i.registration_number
                  from program_session s
                  join program p on p.id = s.program_id
                  join enrollment e on e.program_id = p.id
                                   and enrollment_active_on(e.activated_on, e.ended_on, s.session_date)
                  join inmate i on i.id = e.inmate_id
                 where s.session_date = :date and s.status <> 'CANCELLED'
                 order by i.cell_block, s.start_time, p.title, i.full_name""",
                new MapSqlParameterSource("date", date), rs -> {
                    blocks.computeIfAbsent(rs.getString("cell_block"), b -> new ArrayList<>()).add(new Movement(
                            rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class),
                            rs.getLong("session_id"), rs.getLong("program_id"), rs.getString("title"),
                            rs.getString("location"), rs.getString("full_name"), rs.getString("registration_number")));
                });
        return blocks.entrySet().stream().map(e -> new Block(e.getKey(), e.getValue())).toList();
    }

    @Transactional(readOnly = true)
    Optional<SessionHeader> session(Long sessionId) {
        return jdbc.query("""
                select s.id, p.id as program_id, p.partner_id, p.title, pa.name as partner, s.session_date,
                       s.start_time, s.end_time, s.topic, s.jp, p.location, p.instructor, s.status
                  from program_session s join program p on p.id = s.program_id join partner pa on pa.id = p.partner_id
                 where s.id = :id""", new MapSqlParameterSource("id", sessionId),
                (rs, n) -> new SessionHeader(rs.getLong("id"), rs.getLong("program_id"), rs.getLong("partner_id"),
                        rs.getString("title"), rs.getString("partner"), rs.getObject("session_date", LocalDate.class),
                        rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class),
                        rs.getString("topic"), rs.getInt("jp"), rs.getString("location"), rs.getString("instructor"),
                        rs.getString("status"))).stream().findFirst();
    }

    @Transactional(readOnly = true)
    List<Signer> signers(Long programId, LocalDate date) {
        return jdbc.query("""
                select i.full_name, i.registration_number, i.cell_block
                  from enrollment e join inmate i on i.id = e.inmate_id
                 where e.program_id = :program and enrollment_active_on(e.activated_on, e.ended_on, :date)
                 order by i.full_name, i.registration_number""",
                new MapSqlParameterSource("program", programId).addValue("date", date),
                (rs, n) -> new Signer(rs.getString(1), rs.getString(2), rs.getString(3)));
    }
}
