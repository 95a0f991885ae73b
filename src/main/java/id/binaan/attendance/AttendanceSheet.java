package id.binaan.attendance;

import java.time.Instant;
import java.util.List;

import id.binaan.program.SessionConfirmation;
import id.binaan.program.SessionView;

/** One session's attendance as its page shows it. */
record AttendanceSheet(SessionView session, SessionConfirmation confirmation, List<Line> lines, boolean future,
        boolean cancelled, boolean locked, boolean mayConfirm) {

    /** A participant: name, registration number, and what was recorded (status null when nothing yet). */
    record Line(Long enrollmentId, String registrationNumber, String fullName, AttendanceStatus status,
            AbsenceReason reason, String recordedBy, Instant recordedAt) {

        /** The line with a status and reason chosen but not saved. */
        Line as(AttendanceService.Entry chosen) {
            return new Line(enrollmentId, registrationNumber, fullName, chosen.status(), chosen.reason(), recordedBy,
                    recordedAt);
        }
    }

    /** Attendance may be entered now (possibly as an ADMIN correction when locked). */
    public boolean open() {
        return !future && !cancelled && !lines.isEmpty();
    }

    public long present() {
        return lines.stream().filter(l -> l.status() == AttendanceStatus.PRESENT).count();
    }
}
