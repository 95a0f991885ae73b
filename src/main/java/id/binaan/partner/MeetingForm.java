package id.binaan.partner;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** What the coordination meeting form asks. */
record MeetingForm(
        @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate heldOn,
        @NotBlank @Size(max = 200) String place,
        @NotBlank @Size(max = 1000) String participants,
        @NotBlank @Size(max = 4000) String summary,
        Long version) {

    static MeetingForm empty() {
        return new MeetingForm(null, null, null, null, null);
    }
}
