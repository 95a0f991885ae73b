package id.binaan.inmate;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The release or transfer confirmation: the date, and the release type or the destination (a bean, see
 * InmateForm). The rules (a date that has come, after admission) are the inmate's own.
 */
class LeaveForm {

    @NotNull(message = "{inmate.error.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    private ReleaseType releaseType;
    @Size(max = 200, message = "{inmate.error.destination.size}")
    private String destination;
    /** Another facility of this Binaan, which then receives the person; empty for a place outside Binaan. */
    private Long destinationFacilityId;

    LeaveForm() {
    }

    LeaveForm(LocalDate date) {
        this.date = date;
    }

    // @formatter:off
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate value) { date = value; }
    public ReleaseType getReleaseType() { return releaseType; }
    public void setReleaseType(ReleaseType value) { releaseType = value; }
    public String getDestination() { return destination; }
    public void setDestination(String value) { destination = value; }
    public Long getDestinationFacilityId() { return destinationFacilityId; }
    public void setDestinationFacilityId(Long value) { destinationFacilityId = value; }
    // @formatter:on
}
