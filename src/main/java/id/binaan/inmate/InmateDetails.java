package id.binaan.inmate;

import java.time.LocalDate;

/** What is recorded about an inmate when registering or correcting them. */
public record InmateDetails(String registrationNumber, String fullName, String nik, LocalDate birthDate, Sex sex,
        LegalStatus legalStatus, Education education, String cellBlock, LocalDate admissionDate,
        LocalDate expectedReleaseDate) {
}
