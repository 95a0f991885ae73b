package id.binaan.attendance;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

import id.binaan.enrollment.Participants.Participant;
import id.binaan.shared.RuleViolation;
import id.binaan.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.Filter;
import id.binaan.shared.FacilityScope;

/** Whether one participant was at one session, and who wrote that down when. */
@Entity
@Filter(name = FacilityScope.FILTER)
class Attendance extends VersionedEntity {

    /** The facility the record belongs to: given by the database (the work's facility, or the parent's). */
    @Column(name = "facility_id", insertable = false, updatable = false)
    private Long facilityId;

    private Long sessionId;
    private Long enrollmentId;
    @Enumerated(EnumType.STRING)
    private AttendanceStatus status;
    @Enumerated(EnumType.STRING)
    private AbsenceReason absenceReason;
    private String absenceNote;
    private String recordedBy;
    private Instant recordedAt;

    protected Attendance() {
    }

    Attendance(Long sessionId, Long enrollmentId) {
        this.sessionId = sessionId;
        this.enrollmentId = enrollmentId;
    }

    /** What is entered for one participant: present, or excused or absent with a reason and perhaps a note. */
    record Mark(AttendanceStatus status, AbsenceReason reason, String note) {

        /** The longest note kept; the column holds this much. */
        static final int NOTE_LENGTH = 200;

        /** A present participant has no absence reason nor note, whatever the form sent. */
        Mark {
            reason = status == AttendanceStatus.PRESENT ? null : reason;
            note = status == AttendanceStatus.PRESENT || note == null || note.isBlank() ? null : note.strip();
            if (note != null && note.length() > NOTE_LENGTH) {
                note = note.substring(0, NOTE_LENGTH);
            }
        }

        Mark(AttendanceStatus status, AbsenceReason reason) {
            this(status, reason, null);
        }

        boolean complete() {
            return status != null && (status == AttendanceStatus.PRESENT || reason != null);
        }
    }

    /**
     * The guard of a sheet being saved (DESIGN.md rule 4): something is entered, only for the participants active on
     * the session's date, and every absence, excused or not, has its reason ({@code reason-<enrollment>}: the field
     * of that participant's reason).
     */
    static void requireEntries(Collection<Participant> participants, Map<Long, Mark> marks) {
        RuleViolation.require(!marks.isEmpty(), null, "attendance.refused.empty");
        RuleViolation.require(participants.stream().map(Participant::enrollmentId).toList().containsAll(marks.keySet()),
                null, "attendance.refused.notActive");
        RuleViolation.Problems problems = RuleViolation.collect();
        for (Participant participant : participants) {
            Mark mark = marks.get(participant.enrollmentId());
            if (mark != null) {
                problems.check(mark.complete(), "reason-" + participant.enrollmentId(),
                        "attendance.refused.reasonMissing", participant.fullName());
            }
        }
        problems.throwIfAny();
    }

    void mark(Mark mark, String by, Instant at) {
        if (!mark.complete()) {
            throw new IllegalArgumentException("Checked by requireEntries first: " + mark);
        }
        this.status = mark.status();
        this.absenceReason = mark.reason();
        this.absenceNote = mark.note();
        this.recordedBy = Objects.requireNonNull(by);
        this.recordedAt = at;
    }

    Mark current() {
        return status == null ? null : new Mark(status, absenceReason, absenceNote);
    }

    Long getSessionId() { return sessionId; }
    Long getEnrollmentId() { return enrollmentId; }
    AttendanceStatus getStatus() { return status; }
    AbsenceReason getAbsenceReason() { return absenceReason; }
    String getAbsenceNote() { return absenceNote; }
    String getRecordedBy() { return recordedBy; }
    Instant getRecordedAt() { return recordedAt; }

    public Long getFacilityId() {
        return facilityId;
    }
}
