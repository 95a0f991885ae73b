package id.binaan.partner;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** A follow-up action to add to a meeting. */
record FollowUpForm(
        @NotBlank @Size(max = 500) String description,
        @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate dueOn) {

    static FollowUpForm empty() {
        return new FollowUpForm(null, null);
    }
}
