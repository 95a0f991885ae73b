package id.binaan.program;

/** PLANNED → OPEN → RUNNING → COMPLETED, or CANCELLED before completion. */
public enum ProgramStatus {
    PLANNED, OPEN, RUNNING, COMPLETED, CANCELLED
}
