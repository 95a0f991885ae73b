package id.binaan.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import id.binaan.program.ProgramProgress;
import id.binaan.shared.RuleViolation;
import id.binaan.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import id.binaan.shared.FacilityScope;

/** An inmate's place in a program (peserta), with its lifecycle; each transition guards its own rule. */
@Entity
@Filter(name = FacilityScope.FILTER)
@Table(name = "enrollment")
class Enrollment extends VersionedEntity {

    /** The facility the record belongs to: given by the database (the work's facility, or the parent's). */
    @Column(name = "facility_id", insertable = false, updatable = false)
    private Long facilityId;

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
    private Instant putFirstAt;
    private String putFirstReason;
    private String createdBy;

    protected Enrollment() {
    }

    /** A new enrollment, ACTIVE or WAITLISTED as the program's places decide ({@link Places#admit}). */
    Enrollment(Long programId, Long inmateId, EnrollmentStatus status, Instant at, LocalDate on, String overrideReason,
            String by) {
        if (!status.isOpen()) {
            throw new IllegalArgumentException("A new enrollment is active or waiting, not " + status);
        }
        this.programId = programId;
        this.inmateId = inmateId;
        this.status = status;
        this.requestedAt = at;
        this.enrolledOn = on;
        this.activatedOn = status == EnrollmentStatus.ACTIVE ? on : null;
        this.overrideReason = overrideReason;
        this.createdBy = by;
    }

    /** A place freed up and this enrollment is first in the queue. */
    void promote(LocalDate on) {
        RuleViolation.require(status == EnrollmentStatus.WAITLISTED, null, "enrollment.promote.notWaiting");
        status = EnrollmentStatus.ACTIVE;
        activatedOn = on;
    }

    /** Staff put this waiting enrollment ahead of the queue; it takes the next free place. A written reason is required. */
    void putFirst(String reason, Instant at) {
        RuleViolation.require(status == EnrollmentStatus.WAITLISTED, null, "enrollment.promote.notWaiting");
        RuleViolation.require(reason != null && !reason.isBlank(), "reason", "enrollment.promote.reasonRequired");
        putFirstAt = at;
        putFirstReason = reason.strip();
    }

    /** Withdrawn by hand: an open enrollment, with one of {@link EndReason#forWithdrawal()}. */
    void withdraw(EndReason reason, LocalDate on) {
        RuleViolation.require(status.isOpen(), null, "enrollment.withdraw.notOpen", status);
        RuleViolation.require(reason != null && EndReason.forWithdrawal().contains(reason), "reason",
                "enrollment.withdraw.reasonRequired");
        end(EnrollmentStatus.WITHDRAWN, reason, on);
    }

    /** The inmate was released or transferred (DESIGN.md rule 3): an open enrollment ends with that reason on that date. */
    void depart(EndReason reason, LocalDate on) {
        if (reason != EndReason.RELEASED && reason != EndReason.TRANSFERRED) {
            throw new IllegalArgumentException("A departure is a release or a transfer, not " + reason);
        }
        RuleViolation.require(status.isOpen(), null, "enrollment.withdraw.notOpen", status);
        end(EnrollmentStatus.WITHDRAWN, reason, Objects.requireNonNull(on));
    }

    /**
     * Completes an active enrollment (DESIGN.md rule 5): only once the program's sessions are over, and when the
     * participant attended at least the program's threshold of the JP held while enrolled, not counting the JP of
     * excused absences. The outcome must fit the program; a certificate or ijazah number only with a pass.
     */
    void complete(Outcome result, String certificate, ProgramProgress program, AttendanceTotals.Tally tally,
            LocalDate on) {
        RuleViolation.require(status == EnrollmentStatus.ACTIVE, null, "enrollment.complete.notActive", status);
        RuleViolation.require(program.sessionsOver(), null, "enrollment.complete.notOver", program.jpHeld(),
                program.targetJp());
        RuleViolation.require(tally.reaches(program.completionThresholdPercent()), null,
                "enrollment.complete.thresholdNotReached", tally.jpAttended(), tally.jpExpected(),
                program.completionThresholdPercent());
        RuleViolation.require(result != null && result.fits(program.kind()), "outcome",
                "enrollment.complete.outcomeRequired");
        String number = certificate == null || certificate.isBlank() ? null : certificate.strip();
        RuleViolation.require(number == null || result.passing(), "certificateNumber",
                "enrollment.complete.certificateOnlyForPass", result);
        end(EnrollmentStatus.COMPLETED, EndReason.COMPLETED, on);
        this.outcome = result;
        this.certificateNumber = number;
    }

    private void end(EnrollmentStatus to, EndReason reason, LocalDate on) {
        this.status = to;
        this.endReason = reason;
        this.endedOn = on;
    }

    QueuePlace queuePlace() {
        return new QueuePlace(putFirstAt, requestedAt, getId() == null ? Long.MAX_VALUE : getId());
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

    public String getPutFirstReason() {
        return putFirstReason;
    }

    public Long getFacilityId() {
        return facilityId;
    }
}
