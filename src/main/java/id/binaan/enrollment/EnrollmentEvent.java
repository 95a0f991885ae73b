package id.binaan.enrollment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Filter;
import id.binaan.shared.FacilityScope;

/** One step in an enrollment's history: who moved it from what to what, what happened, and why. */
@Entity
@Filter(name = FacilityScope.FILTER)
@Immutable
@Table(name = "enrollment_event")
class EnrollmentEvent {

    /** The facility the record belongs to: given by the database (the work's facility, or the parent's). */
    @Column(name = "facility_id", insertable = false, updatable = false)
    private Long facilityId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long enrollmentId;
    private Instant occurredAt;
    private String actor;
    @Enumerated(EnumType.STRING)
    private EnrollmentStatus fromStatus;
    @Enumerated(EnumType.STRING)
    private EnrollmentStatus toStatus;
    @Enumerated(EnumType.STRING)
    private EnrollmentStep step;
    @Enumerated(EnumType.STRING)
    private EndReason endReason;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    /** What a person wrote: the reason to enroll despite a warning, or to put someone first. */
    private String note;

    protected EnrollmentEvent() {
    }

    EnrollmentEvent(Long enrollmentId, Instant occurredAt, String actor, EnrollmentStatus from, EnrollmentStatus to,
            EnrollmentStep step, EndReason endReason, Outcome outcome, String note) {
        this.enrollmentId = enrollmentId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.fromStatus = from;
        this.toStatus = to;
        this.step = step;
        this.endReason = endReason;
        this.outcome = outcome;
        this.note = note;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    String getActor() {
        return actor;
    }

    EnrollmentStatus getFromStatus() {
        return fromStatus;
    }

    EnrollmentStatus getToStatus() {
        return toStatus;
    }

    EnrollmentStep getStep() {
        return step;
    }

    EndReason getEndReason() {
        return endReason;
    }

    Outcome getOutcome() {
        return outcome;
    }

    String getNote() {
        return note;
    }

    public Long getFacilityId() {
        return facilityId;
    }
}
