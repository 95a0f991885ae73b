package id.binaan.inmate;

/** Whether an inmate is still in the facility. */
public enum InmateStatus {
    ACTIVE, RELEASED, TRANSFERRED
}
