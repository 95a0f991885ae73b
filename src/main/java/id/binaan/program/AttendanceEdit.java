package id.binaan.program;

/**
 * What a user may do with a session's attendance now (DESIGN.md rule 4), as {@link Session#attendanceEdit} answers
 * it: the service, the controller and the template all ask that one method.
 */
public enum AttendanceEdit {
    /** The session has not taken place yet. */
    NOT_YET,
    /** The session was cancelled: nobody attended. */
    CANCELLED,
    /** Attendance may be recorded (not confirmed yet). */
    RECORD,
    /** Confirmed and locked; an ADMIN may correct one participant at a time, with a reason. */
    CORRECT,
    /** Confirmed and locked for this user. */
    LOCKED;

    /** Whether the sheet shows choices for each participant. */
    public boolean recording() {
        return this == RECORD;
    }

    /** Whether the page offers this user a correction of one participant. */
    public boolean correcting() {
        return this == CORRECT;
    }
}
