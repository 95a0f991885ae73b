package id.binaan.program;

public enum SessionStatus {
    SCHEDULED, HELD, CANCELLED
}
