package id.binaan.partner;

import java.time.LocalDate;

import id.binaan.shared.RuleViolation;
import id.binaan.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import id.binaan.shared.FacilityScope;

/** A cooperation agreement (PKS or MoU) with a partner, valid for a period. */
@Entity
@Filter(name = FacilityScope.FILTER)
@Table(name = "agreement")
class Agreement extends VersionedEntity {

    /** The facility the record belongs to: given by the database (the work's facility, or the parent's). */
    @Column(name = "facility_id", insertable = false, updatable = false)
    private Long facilityId;

    /** How many days before its end an agreement is flagged for renewal. */
    static final int WARNING_DAYS = 60;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    private Partner partner;
    private String number;
    private String title;
    @Enumerated(EnumType.STRING)
    private AgreementScope scope;
    private LocalDate signedOn;
    private LocalDate validFrom;
    private LocalDate validUntil;

    protected Agreement() {
    }

    Agreement(Partner partner, String number, String title, AgreementScope scope, LocalDate signedOn,
            LocalDate validFrom, LocalDate validUntil) {
        this.partner = partner;
        change(number, title, scope, signedOn, validFrom, validUntil);
    }

    /** The agreement's terms; refused when it would end before it starts. */
    final void change(String number, String title, AgreementScope scope, LocalDate signedOn, LocalDate validFrom,
            LocalDate validUntil) {
        RuleViolation.require(validUntil.isAfter(validFrom), "validUntil", "partner.agreement.validUntil.beforeFrom");
        this.number = number;
        this.title = title;
        this.scope = scope;
        this.signedOn = signedOn;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }

    /** Where the agreement stands on {@code today}: not yet in force, expired, ending within {@value #WARNING_DAYS} days, or in force. */
    AgreementStatus statusOn(LocalDate today) {
        return AgreementStatus.of(validFrom, validUntil, today, WARNING_DAYS);
    }

    Partner getPartner() {
        return partner;
    }

    String getNumber() {
        return number;
    }

    String getTitle() {
        return title;
    }

    AgreementScope getScope() {
        return scope;
    }

    LocalDate getSignedOn() {
        return signedOn;
    }

    LocalDate getValidFrom() {
        return validFrom;
    }

    LocalDate getValidUntil() {
        return validUntil;
    }

    public Long getFacilityId() {
        return facilityId;
    }
}
