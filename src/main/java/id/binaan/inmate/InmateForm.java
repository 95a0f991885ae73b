package id.binaan.inmate;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The add/edit form; {@code version} is the record's version when the form was opened. */
record InmateForm(
        @NotBlank(message = "{inmate.error.registrationNumber.required}") String registrationNumber,
        @NotBlank(message = "{inmate.error.fullName.required}")
        @Size(max = 200, message = "{inmate.error.fullName.size}") String fullName,
        String nik,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
        @NotNull(message = "{inmate.error.sex.required}") Sex sex,
        @NotNull(message = "{inmate.error.legalStatus.required}") LegalStatus legalStatus,
        @NotNull(message = "{inmate.error.education.required}") Education education,
        @NotBlank(message = "{inmate.error.cellBlock.required}")
        @Size(max = 30, message = "{inmate.error.cellBlock.size}") String cellBlock,
        @NotNull(message = "{inmate.error.admissionDate.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate admissionDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedReleaseDate,
        Long version) {

    static InmateForm empty() {
        return new InmateForm(null, null, null, null, null, null, null, null, null, null, null);
    }

    static InmateForm of(InmateView view) {
        InmateDetails d = view.details();
        return new InmateForm(d.registrationNumber(), d.fullName(), d.nik(), d.birthDate(), d.sex(), d.legalStatus(),
                d.education(), d.cellBlock(), d.admissionDate(), d.expectedReleaseDate(), view.version());
    }

    InmateDetails details() {
        return new InmateDetails(registrationNumber, fullName, nik, birthDate, sex, legalStatus, education, cellBlock,
                admissionDate, expectedReleaseDate);
    }
}
