package id.binaan.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Filter;
import id.binaan.shared.FacilityScope;

/** One thing that happened, by whom, to what. Append-only. */
@Entity
@Filter(name = FacilityScope.FILTER)
@Immutable
@Table(name = "audit_event")
class AuditEvent {

    /** The facility the event belongs to; none for the work of regional and national officers and anonymous checks. */
    @Column(name = "facility_id", updatable = false)
    private Long facilityId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant occurredAt;
    private String actor;
    private String action;
    private String targetType;
    private String targetId;
    private String details;

    protected AuditEvent() {
    }

    AuditEvent(Long facilityId, Instant occurredAt, String actor, String action, String targetType, String targetId,
            String details) {
        this.facilityId = facilityId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.details = details;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getDetails() {
        return details;
    }

    public Long getFacilityId() {
        return facilityId;
    }
}
