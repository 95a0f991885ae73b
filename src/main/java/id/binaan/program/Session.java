package id.binaan.program;

import java.time.LocalDate;
import java.time.LocalTime;

import id.binaan.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One dated meeting (pertemuan) of a program, in the facility's local time. */
@Entity
@Table(name = "program_session")
class Session extends VersionedEntity {

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
    private java.time.Instant confirmedAt;
    private Integer jpDelivered;
    private String confirmationNote;

    protected Session() {
    }

    Session(Program program, LocalDate date, LocalTime start, LocalTime end, String topic, int jp) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A session ends after it starts");
        }
        this.program = program;
        this.sessionDate = date;
        this.startTime = start;
        this.endTime = end;
        this.topic = topic;
        this.jp = jp;
    }

    void cancel(CancelReason reason, String note) {
        if (status != SessionStatus.SCHEDULED) {
            throw new IllegalStateException("Only a scheduled session can be cancelled");
        }
        if (reason == null) {
            throw new IllegalArgumentException("A cancellation has a reason");
        }
        status = SessionStatus.CANCELLED;
        cancelReason = reason;
        cancelNote = note;
    }

    void reschedule(LocalDate newDate, LocalTime newStart, LocalTime newEnd) {
        if (status != SessionStatus.SCHEDULED) {
            throw new IllegalStateException("Only a scheduled session can be rescheduled");
        }
        if (!newEnd.isAfter(newStart)) {
            throw new IllegalArgumentException("A session ends after it starts");
        }
        sessionDate = newDate;
        startTime = newStart;
        endTime = newEnd;
    }

    /** Attendance was recorded: the session took place. */
    void markHeld() {
        if (status == SessionStatus.CANCELLED) {
            throw new IllegalStateException("A cancelled session cannot be held");
        }
        status = SessionStatus.HELD;
    }

    /** The partner's word that the held session took place, with the JP actually delivered. */
    void confirm(String by, java.time.Instant at, int delivered, String note) {
        if (status != SessionStatus.HELD || confirmedAt != null) {
            throw new IllegalStateException("Only a held, unconfirmed session can be confirmed");
        }
        if (delivered < 0 || delivered > jp) {
            throw new IllegalArgumentException("JP delivered lies between 0 and the session's JP");
        }
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
    public java.time.Instant getConfirmedAt() { return confirmedAt; }
    public Integer getJpDelivered() { return jpDelivered; }
    public String getConfirmationNote() { return confirmationNote; }
}
