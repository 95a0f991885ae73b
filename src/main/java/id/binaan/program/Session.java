package id.binaan.program;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

import id.binaan.shared.RuleViolation;
import id.binaan.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Filter;
import id.binaan.shared.FacilityScope;

/** One dated meeting (pertemuan) of a program, in the facility's local time. */
@Entity
@Filter(name = FacilityScope.FILTER)
@Table(name = "program_session")
class Session extends VersionedEntity {

    /** The facility the record belongs to: given by the database (the work's facility, or the parent's). */
    @Column(name = "facility_id", insertable = false, updatable = false)
    private Long facilityId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    private Program program;
    @Column(name = "session_date")
    private LocalDate sessionDate;
    @Column(name = "start_time")
    private LocalTime startTime;
    @Column(name = "end_time")
    private LocalTime endTime;
    private String topic;
    private int jp;
    @Enumerated(EnumType.STRING)
    private SessionStatus status = SessionStatus.SCHEDULED;
    @Enumerated(EnumType.STRING)
    private CancelReason cancelReason;
    private String cancelNote;
    // Filled by the partner's confirmation of a held session.
    private String confirmedBy;
    private Instant confirmedAt;
    private Integer jpDelivered;
    private String confirmationNote;
    /** The JP this session has held, by the one definition (session_jp_held, R__enrollment_report.sql). */
    @Formula("session_jp_held(status, jp, jp_delivered)")
    private int jpHeld;

    protected Session() {
    }

    /** A new session of {@code program}; {@code others}: the program's sessions so far. */
    Session(Program program, LocalDate date, LocalTime start, LocalTime end, String topic, int jp, List<Session> others) {
        program.requireSlot(date, start, end, others);
        this.program = program;
        this.sessionDate = date;
        this.startTime = start;
        this.endTime = end;
        this.topic = topic;
        this.jp = jp;
    }

    void cancel(CancelReason reason, String note) {
        RuleViolation.require(status == SessionStatus.SCHEDULED, null, "session.error.notScheduled");
        status = SessionStatus.CANCELLED;
        cancelReason = Objects.requireNonNull(reason);
        cancelNote = note;
    }

    /** Moves a scheduled session; {@code others}: the program's other sessions. */
    void reschedule(LocalDate newDate, LocalTime newStart, LocalTime newEnd, List<Session> others) {
        RuleViolation.require(status == SessionStatus.SCHEDULED, null, "session.error.notScheduled");
        program.requireSlot(newDate, newStart, newEnd, others.stream().filter(s -> s != this).toList());
        sessionDate = newDate;
        startTime = newStart;
        endTime = newEnd;
    }

    /**
     * The attendance lock (DESIGN.md rule 4), the one answer to "may this user change this session's attendance
     * now": not before the day, never for a cancelled session; before confirmation, yes; after it, only an ADMIN,
     * as a correction.
     */
    AttendanceEdit attendanceEdit(boolean admin, LocalDate today) {
        if (status == SessionStatus.CANCELLED) {
            return AttendanceEdit.CANCELLED;
        }
        if (sessionDate.isAfter(today)) {
            return AttendanceEdit.NOT_YET;
        }
        if (!isConfirmed()) {
            return AttendanceEdit.RECORD;
        }
        return admin ? AttendanceEdit.CORRECT : AttendanceEdit.LOCKED;
    }

    /**
     * Attendance of {@code people} participants is being written: refused where {@link #attendanceEdit} does not
     * allow it; a correction of a confirmed session concerns one participant and gives its reason. The session has
     * taken place once attendance is recorded.
     */
    void recordAttendance(boolean admin, LocalDate today, int people, String correctionReason) {
        AttendanceEdit edit = attendanceEdit(admin, today);
        RuleViolation.require(edit != AttendanceEdit.CANCELLED, null, "attendance.refused.cancelled");
        RuleViolation.require(edit != AttendanceEdit.NOT_YET, null, "attendance.refused.future");
        RuleViolation.require(edit != AttendanceEdit.LOCKED, null, "attendance.refused.confirmed");
        if (edit == AttendanceEdit.CORRECT) {
            RuleViolation.require(people == 1, null, "attendance.refused.onePerson");
            RuleViolation.require(correctionReason != null && !correctionReason.isBlank(), "correctionReason",
                    "attendance.refused.correctionReason");
        }
        status = SessionStatus.HELD;
    }

    /**
     * The partner's word that the held session took place, with the JP actually delivered. Refused before
     * attendance is recorded, a second time, while {@code missing} (the names of participants without attendance)
     * is not empty, and for JP outside 0 to the session's JP.
     */
    void confirm(String by, Instant at, int delivered, String note, List<String> missing) {
        RuleViolation.require(status == SessionStatus.HELD, null, "confirm.refused.notHeld");
        RuleViolation.require(!isConfirmed(), null, "confirm.refused.already");
        RuleViolation.require(missing.isEmpty(), null, "confirm.refused.missing", missing.size(),
                String.join(", ", missing));
        RuleViolation.require(delivered >= 0 && delivered <= jp, "jpDelivered", "confirm.refused.jp", jp);
        confirmedBy = by;
        confirmedAt = at;
        jpDelivered = delivered;
        confirmationNote = note == null || note.isBlank() ? null : note.strip();
    }

    boolean isConfirmed() {
        return confirmedAt != null;
    }

    boolean overlaps(LocalDate otherDate, LocalTime otherStart, LocalTime otherEnd) {
        return status != SessionStatus.CANCELLED && sessionDate.equals(otherDate)
                && startTime.isBefore(otherEnd) && otherStart.isBefore(endTime);
    }

    public Program getProgram() { return program; }
    public LocalDate getSessionDate() { return sessionDate; }
    public LocalTime getStartTime() { return startTime; }
    public LocalTime getEndTime() { return endTime; }
    public String getTopic() { return topic; }
    public int getJp() { return jp; }
    public SessionStatus getStatus() { return status; }
    public CancelReason getCancelReason() { return cancelReason; }
    public String getCancelNote() { return cancelNote; }
    public String getConfirmedBy() { return confirmedBy; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public Integer getJpDelivered() { return jpDelivered; }
    public String getConfirmationNote() { return confirmationNote; }
    public int getJpHeld() { return jpHeld; }

    public Long getFacilityId() {
        return facilityId;
    }
}
