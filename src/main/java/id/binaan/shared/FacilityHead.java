package id.binaan.shared;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The head of a facility (kepala UPT), who signs its certificates: the facility record's head name and NIP
 * (set from {@code binaan.facility.head-name} and {@code -nip} when the database was made, changed at
 * /admin/facilities).
 */
@Component
public class FacilityHead {

    /** Who signs: name and NIP (the civil servant's number), and the facility they head. */
    public record Signatory(String name, String nip, String facilityName) {
    }

    private final JdbcTemplate jdbc;

    FacilityHead(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The facility's signatory, once both name and NIP are recorded. */
    public Optional<Signatory> signatory(Long facilityId) {
        List<Signatory> found = jdbc.query("select head_name, head_nip, name from facility where id = ?",
                (rs, i) -> new Signatory(rs.getString(1), rs.getString(2), rs.getString(3)), facilityId);
        return found.stream()
                .filter(s -> s.name() != null && !s.name().isBlank() && s.nip() != null && !s.nip().isBlank())
                .findFirst();
    }
}
