package id.binaan.partner;

import id.binaan.shared.Labelled;

import java.time.LocalDate;

/** Whether an agreement needs attention: EXPIRED and EXPIRING are flagged. */
enum AgreementStatus implements Labelled {
    IN_FORCE, EXPIRING, EXPIRED;

    static AgreementStatus of(LocalDate validUntil, LocalDate today, int warningDays) {
        if (validUntil.isBefore(today)) {
            return EXPIRED;
        }
        return validUntil.isAfter(today.plusDays(warningDays)) ? IN_FORCE : EXPIRING;
    }

    public boolean isFlagged() {
        return this != IN_FORCE;
    }

    @Override
    public String labelKey() {
        return "partner.agreement.status." + name();
    }
}
