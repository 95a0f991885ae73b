package id.binaan.attendance;

import java.time.Instant;
import java.util.List;

import id.binaan.program.AttendanceEdit;
import id.binaan.program.SessionConfirmation;
import id.binaan.program.SessionView;

/**
 * One session's attendance as its page shows it. {@code edit}: what this user may do with it now, as the session's
 * lock answers; {@code missing}: the participants without attendance, by name, whom confirmation waits for.
 */
record AttendanceSheet(SessionView session, SessionConfirmation confirmation, List<Line> lines, AttendanceEdit edit,
        boolean mayConfirm, List<String> missing) {

    /** A participant: name, registration number, and what was recorded (status null when nothing yet). */
    record Line(Long enrollmentId, String registrationNumber, String fullName, AttendanceStatus status,
            AbsenceReason reason, String note, String recordedBy, Instant recordedAt) {

        /** The line with a status, reason and note chosen but not saved. */
        Line as(Attendance.Mark chosen) {
            return new Line(enrollmentId, registrationNumber, fullName, chosen.status(), chosen.reason(),
                    chosen.note(), recordedBy, recordedAt);
        }
    }

    /** Attendance may be entered row by row now. */
    public boolean open() {
        return edit.recording() && !lines.isEmpty();
    }

    public long present() {
        return lines.stream().filter(l -> l.status() == AttendanceStatus.PRESENT).count();
    }
}
