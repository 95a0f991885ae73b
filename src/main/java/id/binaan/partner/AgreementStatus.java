package id.binaan.partner;

import id.binaan.shared.Labelled;

import java.time.LocalDate;

/** Whether an agreement holds today; EXPIRED and EXPIRING are flagged, one that starts later is not yet in force. */
enum AgreementStatus implements Labelled {
    NOT_YET_IN_FORCE, IN_FORCE, EXPIRING, EXPIRED;

    static AgreementStatus of(LocalDate validFrom, LocalDate validUntil, LocalDate today, int warningDays) {
        if (validFrom != null && validFrom.isAfter(today)) {
            return NOT_YET_IN_FORCE;
        }
        if (validUntil.isBefore(today)) {
            return EXPIRED;
        }
        return validUntil.isAfter(today.plusDays(warningDays)) ? IN_FORCE : EXPIRING;
    }

    public boolean isFlagged() {
        return this == EXPIRING || this == EXPIRED;
    }

    @Override
    public String labelKey() {
        return "partner.agreement.status." + name();
    }
}
