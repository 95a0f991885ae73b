package id.binaan.attendance;

import id.binaan.shared.Labelled;

public enum AbsenceReason implements Labelled {
    SICK, COURT_HEARING, FAMILY_VISIT, DISCIPLINARY, TRANSFERRED, RELEASED, OTHER;

    @Override
    public String labelKey() {
        return "attendance.reason." + name();
    }
}
