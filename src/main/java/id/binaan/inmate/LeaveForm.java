package id.binaan.inmate;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** The release or transfer confirmation: the date, and for a transfer where to (a bean, see InmateForm). */
class LeaveForm {

    @NotNull(message = "{inmate.error.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    private String destination;

    LeaveForm() {
    }

    LeaveForm(LocalDate date) {
        this.date = date;
    }

    // @formatter:off
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate value) { date = value; }
    public String getDestination() { return destination; }
    public void setDestination(String value) { destination = value; }
    // @formatter:on
}
