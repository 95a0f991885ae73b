package id.binaan.attendance;

import java.time.Instant;

import id.binaan.shared.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Whether one participant was at one session, and who wrote that down when. */
@Entity
class Attendance extends VersionedEntity {

    private Long sessionId;
    private Long enrollmentId;
    @Enumerated(EnumType.STRING)
    private AttendanceStatus status;
    @Enumerated(EnumType.STRING)
    private AbsenceReason absenceReason;
    private String recordedBy;
    private Instant recordedAt;

    protected Attendance() {
    }

    Attendance(Long sessionId, Long enrollmentId) {
        this.sessionId = sessionId;
        this.enrollmentId = enrollmentId;
    }

    void markPresent(String by, Instant at) {
        set(AttendanceStatus.PRESENT, null, by, at);
    }

    void markExcused(AbsenceReason reason, String by, Instant at) {
        set(AttendanceStatus.EXCUSED, required(reason), by, at);
    }

    void markAbsent(AbsenceReason reason, String by, Instant at) {
        set(AttendanceStatus.ABSENT, required(reason), by, at);
    }

    /** Applies {@code status}; a reason is needed for anything but PRESENT. */
    void mark(AttendanceStatus status, AbsenceReason reason, String by, Instant at) {
        switch (status) {
            case PRESENT -> markPresent(by, at);
            case EXCUSED -> markExcused(reason, by, at);
            case ABSENT -> markAbsent(reason, by, at);
        }
    }

    private static AbsenceReason required(AbsenceReason reason) {
        if (reason == null) {
            throw new IllegalArgumentException("An absence has a reason");
        }
        return reason;
    }

    private void set(AttendanceStatus status, AbsenceReason reason, String by, Instant at) {
        this.status = status;
        this.absenceReason = reason;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    Long getSessionId() { return sessionId; }
    Long getEnrollmentId() { return enrollmentId; }
    AttendanceStatus getStatus() { return status; }
    AbsenceReason getAbsenceReason() { return absenceReason; }
    String getRecordedBy() { return recordedBy; }
    Instant getRecordedAt() { return recordedAt; }
}
