package id.binaan.program;

import id.binaan.shared.Labelled;

/** PLANNED → OPEN → RUNNING → COMPLETED, or CANCELLED before completion. */
public enum ProgramStatus implements Labelled {
    PLANNED, OPEN, RUNNING, COMPLETED, CANCELLED;

    /** A program takes participants while it is open or running. */
    public boolean takesParticipants() {
        return this == OPEN || this == RUNNING;
    }

    @Override
    public String labelKey() {
        return "program.status." + name();
    }
}
