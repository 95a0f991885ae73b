package id.binaan.program;

import id.binaan.shared.Labelled;

enum CancelReason implements Labelled {
    INSTRUCTOR_UNAVAILABLE, LOCKDOWN, HOLIDAY, OTHER;

    @Override
    public String labelKey() {
        return "session.reason." + name();
    }
}
