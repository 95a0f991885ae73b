package id.binaan.attendance;

public enum AbsenceReason {
    SICK, COURT_HEARING, FAMILY_VISIT, DISCIPLINARY, TRANSFERRED, RELEASED, OTHER
}
