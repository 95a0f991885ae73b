package id.binaan.inmate;

import java.time.LocalDate;

import id.binaan.shared.RuleViolation;
import id.binaan.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import id.binaan.shared.FacilityScope;

/** A warga binaan: identity, legal status and where they are in their stay. */
@Entity
@Filter(name = FacilityScope.FILTER)
@Table(name = "inmate")
class Inmate extends VersionedEntity {

    /** The facility the record belongs to: given by the database (the work's facility, or the parent's). */
    @Column(name = "facility_id", insertable = false, updatable = false)
    private Long facilityId;

    private String registrationNumber;
    private String fullName;
    private String nik;
    private LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    private Sex sex;
    @Enumerated(EnumType.STRING)
    private LegalStatus legalStatus;
    @Enumerated(EnumType.STRING)
    private Education education;
    private String cellBlock;
    private LocalDate admissionDate;
    private LocalDate expectedReleaseDate;
    @Enumerated(EnumType.STRING)
    private InmateStatus status = InmateStatus.ACTIVE;
    private LocalDate statusDate;
    @Enumerated(EnumType.STRING)
    private ReleaseType releaseType;
    private String transferDestination;

    protected Inmate() {
    }

    Inmate(InmateDetails details) {
        correct(details);
    }

    /** Replaces the recorded details (a correction or a change of legal status). */
    void correct(InmateDetails d) {
        this.registrationNumber = d.registrationNumber();
        this.fullName = d.fullName();
        this.nik = d.nik();
        this.birthDate = d.birthDate();
        this.sex = d.sex();
        this.legalStatus = d.legalStatus();
        this.education = d.education();
        this.cellBlock = d.cellBlock();
        this.admissionDate = d.admissionDate();
        this.expectedReleaseDate = d.expectedReleaseDate();
    }

    /** The inmate was released on that date, in that way (DESIGN.md rule 3). */
    void release(LocalDate on, ReleaseType type, LocalDate today) {
        RuleViolation.collect()
                .check(type != null, "releaseType", "inmate.error.releaseType.required")
                .throwIfAny();
        leave(on, today);
        this.status = InmateStatus.RELEASED;
        this.releaseType = type;
    }

    /** The inmate moved to another facility on that date. */
    void transfer(LocalDate on, String destination, LocalDate today) {
        RuleViolation.require(destination != null && !destination.isBlank(), "destination",
                "inmate.error.destination.required");
        leave(on, today);
        this.status = InmateStatus.TRANSFERRED;
        this.transferDestination = destination.strip();
    }

    /**
     * The guard of a release or transfer: only an inmate who is here leaves, on a day that has come (a release still
     * to come is the expected release date) and not before they were admitted.
     */
    private void leave(LocalDate on, LocalDate today) {
        RuleViolation.require(status == InmateStatus.ACTIVE, null, "inmate.error.notActive", status);
        RuleViolation.require(on != null, "date", "inmate.error.date.required");
        RuleViolation.require(!on.isAfter(today), "date", "inmate.error.date.future", today);
        RuleViolation.require(!on.isBefore(admissionDate), "date", "inmate.error.date.beforeAdmission", admissionDate);
        this.statusDate = on;
    }

    InmateDetails details() {
        return new InmateDetails(registrationNumber, fullName, nik, birthDate, sex, legalStatus, education, cellBlock,
                admissionDate, expectedReleaseDate);
    }

    InmateSummary summary() {
        return new InmateSummary(getId(), registrationNumber, fullName, status, legalStatus, education, sex,
                admissionDate, expectedReleaseDate);
    }

    String getRegistrationNumber() {
        return registrationNumber;
    }

    String getFullName() {
        return fullName;
    }

    InmateStatus getStatus() {
        return status;
    }

    LocalDate getStatusDate() {
        return statusDate;
    }

    ReleaseType getReleaseType() {
        return releaseType;
    }

    String getTransferDestination() {
        return transferDestination;
    }

    public Long getFacilityId() {
        return facilityId;
    }
}
