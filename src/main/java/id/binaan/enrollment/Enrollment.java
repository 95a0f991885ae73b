package id.binaan.enrollment;

import java.time.Instant;
import java.time.LocalDate;

import id.binaan.shared.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An inmate's place in a program (peserta), with its lifecycle. */
@Entity
@Table(name = "enrollment")
class Enrollment extends VersionedEntity {

    private Long programId;
    private Long inmateId;
    @Enumerated(EnumType.STRING)
    private EnrollmentStatus status;
    private Instant requestedAt;
    private LocalDate enrolledOn;
    private LocalDate activatedOn;
    private LocalDate endedOn;
    @Enumerated(EnumType.STRING)
    private EndReason endReason;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private String certificateNumber;
    private String overrideReason;
    private String createdBy;

    protected Enrollment() {
    }

    private Enrollment(Long programId, Long inmateId, EnrollmentStatus status, Instant requestedAt, LocalDate on,
            String overrideReason, String createdBy) {
        this.programId = programId;
        this.inmateId = inmateId;
        this.status = status;
        this.requestedAt = requestedAt;
        this.enrolledOn = on;
        this.activatedOn = status == EnrollmentStatus.ACTIVE ? on : null;
        this.overrideReason = overrideReason;
        this.createdBy = createdBy;
    }

    static Enrollment active(Long programId, Long inmateId, Instant at, LocalDate on, String overrideReason, String by) {
        return new Enrollment(programId, inmateId, EnrollmentStatus.ACTIVE, at, on, overrideReason, by);
    }

    static Enrollment waitlisted(Long programId, Long inmateId, Instant at, LocalDate on, String overrideReason, String by) {
        return new Enrollment(programId, inmateId, EnrollmentStatus.WAITLISTED, at, on, overrideReason, by);
    }

    /** A place freed up: the first on the waiting list moves in. */
    void promote(LocalDate on) {
        require(status == EnrollmentStatus.WAITLISTED, "Only a waitlisted enrollment can be promoted");
        status = EnrollmentStatus.ACTIVE;
        activatedOn = on;
    }

    void withdraw(EndReason reason, LocalDate on) {
        require(status.isOpen(), "Only an active or waitlisted enrollment can be withdrawn");
        require(reason != null && reason != EndReason.COMPLETED, "A withdrawal needs a reason other than completion");
        end(EnrollmentStatus.WITHDRAWN, reason, on);
    }

    /**
     * Completes an active enrollment once the attended JP reach the threshold; the outcome
     * must fit the program's kind.
     */
    void complete(Outcome result, String certificate, boolean training, boolean thresholdReached, LocalDate on) {
        require(status == EnrollmentStatus.ACTIVE, "Only an active enrollment can be completed");
        require(thresholdReached, "The attended JP have not reached the program's completion threshold");
        require(result != null && result.fitsTraining() == training, "This outcome does not fit the program");
        end(EnrollmentStatus.COMPLETED, EndReason.COMPLETED, on);
        this.outcome = result;
        this.certificateNumber = certificate == null || certificate.isBlank() ? null : certificate.strip();
    }

    private void end(EnrollmentStatus to, EndReason reason, LocalDate on) {
        this.status = to;
        this.endReason = reason;
        this.endedOn = on;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    public Long getProgramId() {
        return programId;
    }

    public Long getInmateId() {
        return inmateId;
    }

    public EnrollmentStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public EndReason getEndReason() {
        return endReason;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public String getOverrideReason() {
        return overrideReason;
    }
}
