package id.binaan.shared;

import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The head of the facility (kepala UPT), who signs its certificates: a facility setting until facilities are records
 * of their own ({@code binaan.facility.head-name}, {@code binaan.facility.head-nip}).
 */
@Component
public class FacilityHead {

    /** Who signs: name and NIP (the civil servant's number). */
    public record Signatory(String name, String nip) {
    }

    private final String name;
    private final String nip;

    FacilityHead(@Value("${binaan.facility.head-name:}") String name, @Value("${binaan.facility.head-nip:}") String nip) {
        this.name = name == null ? "" : name.strip();
        this.nip = nip == null ? "" : nip.strip();
    }

    /** The signatory, once both name and NIP are configured. */
    public Optional<Signatory> signatory() {
        return name.isEmpty() || nip.isEmpty() ? Optional.empty() : Optional.of(new Signatory(name, nip));
    }
}
