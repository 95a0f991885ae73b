package id.binaan.inmate;

import java.time.LocalDate;

import id.binaan.shared.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A warga binaan: identity, legal status and where they are in their stay. */
@Entity
@Table(name = "inmate")
class Inmate extends VersionedEntity {

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

    /** The inmate leaves the facility free on that date. */
    void release(LocalDate on) {
        leave(on);
        this.status = InmateStatus.RELEASED;
    }

    /** The inmate moves to another facility on that date. */
    void transfer(LocalDate on, String destination) {
        if (destination == null || destination.isBlank()) {
            throw new InmateRuleException("destination", "inmate.error.destination.required");
        }
        leave(on);
        this.status = InmateStatus.TRANSFERRED;
        this.transferDestination = destination.strip();
    }

    private void leave(LocalDate on) {
        if (status != InmateStatus.ACTIVE) {
            throw new InmateRuleException("date", "inmate.error.notActive");
        }
        if (on == null) {
            throw new InmateRuleException("date", "inmate.error.date.required");
        }
        if (on.isBefore(admissionDate)) {
            throw new InmateRuleException("date", "inmate.error.date.beforeAdmission");
        }
        this.statusDate = on;
    }

    InmateDetails details() {
        return new InmateDetails(registrationNumber, fullName, nik, birthDate, sex, legalStatus, education, cellBlock,
                admissionDate, expectedReleaseDate);
    }

    InmateSummary summary() {
        return new InmateSummary(getId(), registrationNumber, fullName, status, legalStatus, education, admissionDate,
                expectedReleaseDate);
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

    String getTransferDestination() {
        return transferDestination;
    }
}
