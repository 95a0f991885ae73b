package id.binaan.enrollment;

/** Where an enrollment stands. WAITLISTED and ACTIVE are open; COMPLETED and WITHDRAWN have ended. */
public enum EnrollmentStatus {
    WAITLISTED, ACTIVE, COMPLETED, WITHDRAWN;

    public boolean isOpen() {
        return this == WAITLISTED || this == ACTIVE;
    }
}
