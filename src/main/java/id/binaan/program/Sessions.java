package id.binaan.program;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sessions as other modules see them. */
@Service
public class Sessions {

    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private final SessionRepository sessions;
    private final Clock clock;

    Sessions(SessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<SessionView> find(Long id) {
        return id == null ? Optional.empty() : sessions.view(id);
    }

    /** The confirmation of a session, if it has one. */
    @Transactional(readOnly = true)
    public Optional<SessionConfirmation> confirmation(Long id) {
        return sessions.findById(id).filter(Session::isConfirmed).map(s -> new SessionConfirmation(s.getConfirmedBy(),
                s.getConfirmedAt(), s.getJpDelivered(), s.getConfirmationNote()));
    }

    /** What this user may do with the session's attendance today (the session's own lock, {@link AttendanceEdit}). */
    @Transactional(readOnly = true)
    public AttendanceEdit attendanceEdit(Long id, boolean admin) {
        return sessions.findById(id).orElseThrow().attendanceEdit(admin, LocalDate.now(clock));
    }

    /**
     * Attendance of {@code people} participants is being written (joins the caller's transaction): refused where the
     * session's lock does not allow it; the session has taken place from now on.
     */
    @Transactional
    public void recordAttendance(Long id, boolean admin, int people, String correctionReason) {
        sessions.findById(id).orElseThrow().recordAttendance(admin, LocalDate.now(clock), people, correctionReason);
    }

    /**
     * Confirms a held session; refused while {@code missing} (participants without attendance, by name) is not
     * empty, when it is not held or already confirmed, or for JP out of range.
     */
    @Transactional
    public void confirm(Long id, String by, Instant at, int jpDelivered, String note, List<String> missing) {
        sessions.findById(id).orElseThrow().confirm(by, at, jpDelivered, note, missing);
    }

    /** Past sessions, not cancelled, with no attendance recorded yet (still SCHEDULED), oldest first. */
    @Transactional(readOnly = true)
    public List<SessionView> missingAttendance(Long partnerId, LocalDate today, int limit) {
        return sessions.inState(SessionStatus.SCHEDULED, EARLIEST, today.minusDays(1), partnerId, null,
                PageRequest.of(0, limit));
    }

    /** Held sessions the partner has not confirmed yet, oldest first. */
    @Transactional(readOnly = true)
    public List<SessionView> awaitingConfirmation(Long partnerId, int limit) {
        return sessions.inState(SessionStatus.HELD, EARLIEST, LATEST, partnerId, false, PageRequest.of(0, limit));
    }

    /** Confirmed sessions since {@code from}. */
    @Transactional(readOnly = true)
    public List<SessionView> confirmedSince(Long partnerId, LocalDate from, int limit) {
        return sessions.inState(SessionStatus.HELD, from, LATEST, partnerId, true, PageRequest.of(0, limit));
    }

    /** Scheduled sessions from {@code from} to {@code to}. */
    @Transactional(readOnly = true)
    public List<SessionView> scheduled(Long partnerId, LocalDate from, LocalDate to, int limit) {
        return sessions.inState(SessionStatus.SCHEDULED, from, to, partnerId, null, PageRequest.of(0, limit));
    }
}
