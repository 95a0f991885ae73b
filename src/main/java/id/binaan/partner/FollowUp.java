package id.binaan.partner;

import java.time.LocalDate;

import id.binaan.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import id.binaan.shared.FacilityScope;

/** An action agreed in a coordination meeting, due by a date, open until marked done. */
@Entity
@Filter(name = FacilityScope.FILTER)
@Table(name = "follow_up")
class FollowUp extends VersionedEntity {

    /** The facility the record belongs to: given by the database (the work's facility, or the parent's). */
    @Column(name = "facility_id", insertable = false, updatable = false)
    private Long facilityId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private CoordinationMeeting meeting;
    private String description;
    private LocalDate dueOn;
    private boolean done;
    private LocalDate doneOn;

    protected FollowUp() {
    }

    FollowUp(CoordinationMeeting meeting, String description, LocalDate dueOn) {
        this.meeting = meeting;
        this.description = description;
        this.dueOn = dueOn;
    }

    /** Marks the action done on {@code today}; returns false when it already was. */
    boolean markDone(LocalDate today) {
        if (done) {
            return false;
        }
        done = true;
        doneOn = today;
        return true;
    }

    boolean isOverdueOn(LocalDate today) {
        return !done && dueOn.isBefore(today);
    }

    CoordinationMeeting getMeeting() {
        return meeting;
    }

    String getDescription() {
        return description;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    boolean isDone() {
        return done;
    }

    LocalDate getDoneOn() {
        return doneOn;
    }

    public Long getFacilityId() {
        return facilityId;
    }
}
