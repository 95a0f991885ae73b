package id.binaan.enrollment;

/** Why an enrollment ended (DESIGN.md). */
public enum EndReason {
    COMPLETED, RELEASED, TRANSFERRED, OWN_REQUEST, DISCIPLINARY, HEALTH, OTHER;

    /** The reasons a person may choose when withdrawing someone by hand. */
    public static EndReason[] forWithdrawal() {
        return new EndReason[] {OWN_REQUEST, DISCIPLINARY, HEALTH, RELEASED, TRANSFERRED, OTHER};
    }
}
