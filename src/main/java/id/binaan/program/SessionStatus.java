package id.binaan.program;

import id.binaan.shared.Labelled;

public enum SessionStatus implements Labelled {
    SCHEDULED, HELD, CANCELLED;

    @Override
    public String labelKey() {
        return "session.status." + name();
    }
}
