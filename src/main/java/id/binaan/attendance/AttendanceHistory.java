package id.binaan.attendance;

import java.util.LinkedHashMap;
import java.util.Map;

import id.binaan.account.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance entered on someone's behalf for sessions already past, with the same rules as the sheet: for the demo
 * facility's history. {@code reasons} holds the reason of each absence.
 */
@Service
public class AttendanceHistory {

    private final AttendanceService attendance;

    AttendanceHistory(AttendanceService attendance) {
        this.attendance = attendance;
    }

    @Transactional
    public void record(CurrentUser by, Long sessionId, Map<Long, AttendanceStatus> statuses,
            Map<Long, AbsenceReason> reasons, Map<Long, String> notes) {
        Map<Long, Attendance.Mark> marks = new LinkedHashMap<>();
        statuses.forEach((enrollment, status) -> marks.put(enrollment,
                new Attendance.Mark(status, reasons.get(enrollment), notes.get(enrollment))));
        attendance.record(by, sessionId, marks, null);
    }

    @Transactional
    public void confirm(CurrentUser by, Long sessionId, int jpDelivered, String note) {
        attendance.confirm(by, sessionId, jpDelivered, note);
    }
}
