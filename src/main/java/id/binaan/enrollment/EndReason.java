package id.binaan.enrollment;

import java.util.EnumSet;
import java.util.Set;

import id.binaan.shared.Labelled;

/** Why an enrollment ended (DESIGN.md). */
public enum EndReason implements Labelled {
    COMPLETED, RELEASED, TRANSFERRED, OWN_REQUEST, DISCIPLINARY, HEALTH, OTHER;

    /**
     * The reasons a person may give when withdrawing someone by hand. A release or a transfer is recorded on the
     * inmate, which ends all their enrollments with that reason on that date.
     */
    public static Set<EndReason> forWithdrawal() {
        return EnumSet.of(OWN_REQUEST, DISCIPLINARY, HEALTH, OTHER);
    }

    @Override
    public String labelKey() {
        return "enrollment.endReason." + name();
    }
}
