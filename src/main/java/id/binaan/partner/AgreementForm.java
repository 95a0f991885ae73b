package id.binaan.partner;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** What the agreement form asks; the rule "valid until after valid from" is the agreement's own. */
record AgreementForm(
        @NotBlank @Size(max = 100) String number,
        @NotBlank @Size(max = 300) String title,
        @NotNull AgreementScope scope,
        @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate signedOn,
        @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate validFrom,
        @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate validUntil,
        Long version) {

    static AgreementForm empty() {
        return new AgreementForm(null, null, null, null, null, null, null);
    }
}
