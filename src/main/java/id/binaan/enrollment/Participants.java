package id.binaan.enrollment;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who takes part in a program on a given day: what attendance is recorded for. */
@Service
public class Participants {

    private final NamedParameterJdbcTemplate jdbc;

    Participants(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A participant as an attendance sheet shows them: only the name and registration number. */
    public record Participant(Long enrollmentId, Long inmateId, String registrationNumber, String fullName) {
    }

    /** The enrollments that were ACTIVE on {@code date}: activated on or before it and not ended before it (an enrollment that ends that day still counts). */
    @Transactional(readOnly = true)
    public List<Participant> activeOn(Long programId, LocalDate date) {
        // one statement for the sheet, however many take part; "active on a date" is enrollment_active_on's
        return jdbc.query("""
                        select e.id, e.inmate_id, i.registration_number, i.full_name
                          from enrollment e join inmate i on i.id = e.inmate_id
                         where e.program_id = :program and enrollment_active_on(e.activated_on, e.ended_on, :date)""",
                new MapSqlParameterSource("program", programId).addValue("date", date),
                (rs, n) -> new Participant(rs.getLong("id"), rs.getLong("inmate_id"), rs.getString("registration_number"),
                        rs.getString("full_name")))
                .stream()
                .sorted((a, b) -> a.fullName().compareToIgnoreCase(b.fullName()))
                .toList();
    }

}
