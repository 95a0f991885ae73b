package id.binaan.program;

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

    Sessions(SessionRepository sessions) {
        this.sessions = sessions;
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

    /** Attendance was recorded for the session; joins the caller's transaction. */
    @Transactional
    public void markHeld(Long id) {
        sessions.findById(id).orElseThrow().markHeld();
    }

    /** Confirms a held session; refuses one that is not held, already confirmed, or JP out of range. */
    @Transactional
    public void confirm(Long id, String by, Instant at, int jpDelivered, String note) {
        sessions.findById(id).orElseThrow().confirm(by, at, jpDelivered, note);
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
