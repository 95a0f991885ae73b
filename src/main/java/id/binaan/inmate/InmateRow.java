package id.binaan.inmate;

import java.time.LocalDate;

/** A line of the inmate list, with the key the next or previous page continues from. */
record InmateRow(Long id, String registrationNumber, String fullName, InmateStatus status, LegalStatus legalStatus,
        Education education, Sex sex, String cellBlock, LocalDate admissionDate, LocalDate expectedReleaseDate,
        String sortKey) {

    InmateSummary summary() {
        return new InmateSummary(id, registrationNumber, fullName, status, legalStatus, education, sex, admissionDate,
                expectedReleaseDate);
    }
}
