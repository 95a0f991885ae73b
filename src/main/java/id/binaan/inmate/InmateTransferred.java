package id.binaan.inmate;

import java.time.LocalDate;

/** Published in the transferring transaction; listeners end the inmate's enrollments. */
public record InmateTransferred(Long inmateId, LocalDate on) {
}
