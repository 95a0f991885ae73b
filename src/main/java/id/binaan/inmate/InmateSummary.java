package id.binaan.inmate;

import java.time.LocalDate;

/** An inmate as other modules see it: no personal data (NIK, birth date). */
public record InmateSummary(Long id, String registrationNumber, String fullName, InmateStatus status,
        LegalStatus legalStatus, Education education, Sex sex, LocalDate admissionDate, LocalDate expectedReleaseDate) {
}
