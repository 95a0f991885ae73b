package id.binaan.inmate;

import id.binaan.shared.Labelled;

/** Whether an inmate is still in the facility. */
public enum InmateStatus implements Labelled {
    ACTIVE, RELEASED, TRANSFERRED;

    @Override
    public String labelKey() {
        return "inmate.status." + name();
    }
}
