package id.binaan.inmate;

import java.time.LocalDate;

/** Published in the releasing transaction; listeners end the inmate's enrollments. */
public record InmateReleased(Long inmateId, LocalDate on) {
}
