package id.binaan.inmate;

import java.time.LocalDate;
import java.util.function.BiConsumer;

import id.binaan.shared.RuleViolation;

/**
 * The rules a record must follow beyond "filled in": register form, register letter matching
 * the legal status, NIK of 16 digits, dates in order. Shared by the form and the CSV import;
 * each problem is reported as (field, message code).
 */
final class InmateRules {

    private InmateRules() {
    }

    static void check(InmateDetails d, LocalDate today, BiConsumer<String, String> problems) {
        if (d.registrationNumber() != null && !d.registrationNumber().isBlank()) {
            RegistrationNumber.normalize(d.registrationNumber()).ifPresentOrElse(canonical -> {
                if (d.legalStatus() != null && RegistrationNumber.legalStatusOf(canonical) != d.legalStatus()) {
                    problems.accept("legalStatus", "inmate.error.legalStatus.register");
                }
            }, () -> problems.accept("registrationNumber", "inmate.error.registrationNumber.form"));
        }
        if (d.nik() != null && !d.nik().isBlank() && !d.nik().strip().matches("\\d{16}")) {
            problems.accept("nik", "inmate.error.nik.form");
        }
        if (d.birthDate() != null && !d.birthDate().isBefore(today.minusYears(12))) {
            problems.accept("birthDate", "inmate.error.birthDate.tooRecent");
        }
        if (d.admissionDate() != null) {
            if (d.admissionDate().isAfter(today)) {
                problems.accept("admissionDate", "inmate.error.admissionDate.future");
            }
            if (d.birthDate() != null && !d.admissionDate().isAfter(d.birthDate())) {
                problems.accept("admissionDate", "inmate.error.admissionDate.beforeBirth");
            }
            if (d.expectedReleaseDate() != null && !d.expectedReleaseDate().isAfter(d.admissionDate())) {
                problems.accept("expectedReleaseDate", "inmate.error.expectedReleaseDate.beforeAdmission");
            }
        }
        if (d.legalStatus() == LegalStatus.NARAPIDANA && d.expectedReleaseDate() == null) {
            problems.accept("expectedReleaseDate", "inmate.error.expectedReleaseDate.required");
        }
    }

    /**
     * The guard of a registration or a correction: every problem {@link #check} finds, beside its field, and a
     * registration number that another inmate has ({@code numberTaken}), all at once.
     */
    static void require(InmateDetails d, LocalDate today, boolean numberTaken) {
        RuleViolation.Problems problems = RuleViolation.collect();
        check(d, today, (field, code) -> {
            if (!problems.has(field)) {
                problems.check(false, field, code);
            }
        });
        if (!problems.has("registrationNumber")) {
            problems.check(!numberTaken, "registrationNumber", "inmate.error.registrationNumber.taken");
        }
        problems.throwIfAny();
    }

    /** The details with the registration number in canonical form and text trimmed. */
    static InmateDetails tidy(InmateDetails d) {
        return new InmateDetails(RegistrationNumber.normalize(d.registrationNumber()).orElse(d.registrationNumber()),
                d.fullName() == null ? null : d.fullName().strip().replaceAll("\\s+", " "),
                d.nik() == null || d.nik().isBlank() ? null : d.nik().strip(), d.birthDate(), d.sex(), d.legalStatus(),
                d.education(), d.cellBlock() == null ? null : d.cellBlock().strip(), d.admissionDate(),
                d.expectedReleaseDate());
    }
}
