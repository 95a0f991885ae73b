package id.binaan.enrollment;

import id.binaan.shared.Labelled;

/** Where an enrollment stands. WAITLISTED and ACTIVE are open; COMPLETED and WITHDRAWN have ended. */
public enum EnrollmentStatus implements Labelled {
    WAITLISTED, ACTIVE, COMPLETED, WITHDRAWN;

    public boolean isOpen() {
        return this == WAITLISTED || this == ACTIVE;
    }

    @Override
    public String labelKey() {
        return "enrollment.status." + name();
    }
}
