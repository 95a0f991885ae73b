package id.binaan.inmate;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** The release or transfer confirmation: the date, and for a transfer where to. */
record LeaveForm(@NotNull(message = "{inmate.error.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        String destination) {
}
