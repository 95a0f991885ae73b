package id.binaan.attendance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.binaan.account.CurrentUser;
import id.binaan.audit.AuditLog;
import id.binaan.enrollment.Participants;
import id.binaan.enrollment.Participants.Participant;
import id.binaan.program.SessionStatus;
import id.binaan.program.SessionView;
import id.binaan.program.Sessions;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Recording who was at a session, and the partner's confirmation that it took place. */
@Service
class AttendanceService {

    /** What was entered for one participant. */
    record Entry(AttendanceStatus status, AbsenceReason reason) {
    }

    private final AttendanceRepository attendance;
    private final Sessions sessions;
    private final Participants participants;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    AttendanceService(AttendanceRepository attendance, Sessions sessions, Participants participants, AuditLog audit,
            Clock clock, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.attendance = attendance;
        this.sessions = sessions;
        this.participants = participants;
        this.audit = audit;
        this.clock = clock;
    }

    /** The session as this user may see it: another institution's session is simply not found. */
    SessionView visible(CurrentUser user, Long sessionId) {
        return sessions.find(sessionId)
                .filter(s -> !user.isPartner() || s.partnerId().equals(user.getPartnerId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Transactional(readOnly = true)
    AttendanceSheet sheet(CurrentUser user, Long sessionId) {
        SessionView session = visible(user, sessionId);
        var confirmation = sessions.confirmation(sessionId).orElse(null);
        Map<Long, Attendance> recorded = recordedFor(sessionId);
        List<AttendanceSheet.Line> lines = participants.activeOn(session.programId(), session.date()).stream()
                .map(p -> line(p, recorded.get(p.enrollmentId()))).toList();
        boolean mayConfirm = (user.isAdmin() || user.isPartner()) && confirmation == null
                && session.status() == SessionStatus.HELD;
        return new AttendanceSheet(session, confirmation, lines, session.date().isAfter(LocalDate.now(clock)),
                session.status() == SessionStatus.CANCELLED, confirmation != null, mayConfirm);
    }

    /** Records the entries given; participants left out keep what they had. */
    @Transactional
    void record(CurrentUser user, Long sessionId, Map<Long, Entry> entries, String correctionReason) {
        SessionView session = writable(user, sessionId, correctionReason);
        Set<Long> active = participants.activeOn(session.programId(), session.date()).stream()
                .map(Participant::enrollmentId).collect(Collectors.toSet());
        if (entries.isEmpty()) {
            throw new AttendanceRefused("attendance.refused.empty");
        }
        if (!active.containsAll(entries.keySet())) {
            throw new AttendanceRefused("attendance.refused.notActive");
        }
        if (entries.values().stream().anyMatch(e -> e.status() == null
                || (e.status() != AttendanceStatus.PRESENT && e.reason() == null))) {
            throw new AttendanceRefused("attendance.refused.reasonMissing");
        }
        write(user, session, entries, correctionReason);
    }

    /** Every active participant present; the exceptions are entered afterwards. */
    @Transactional
    void allPresent(CurrentUser user, Long sessionId, String correctionReason) {
        SessionView session = writable(user, sessionId, correctionReason);
        Map<Long, Entry> entries = participants.activeOn(session.programId(), session.date()).stream()
                .collect(Collectors.toMap(Participant::enrollmentId, p -> new Entry(AttendanceStatus.PRESENT, null)));
        if (entries.isEmpty()) {
            throw new AttendanceRefused("attendance.refused.empty");
        }
        write(user, session, entries, correctionReason);
    }

    /** The liaison of the session's partner, or an ADMIN, confirms a held session. */
    @Transactional
    void confirm(CurrentUser user, Long sessionId, int jpDelivered, String note) {
        SessionView session = visible(user, sessionId);
        if (!user.isAdmin() && !user.isPartner()) {
            throw new AccessDeniedException("Only the partner's liaison or an administrator confirms");
        }
        lock(sessionId);
        if (session.status() != SessionStatus.HELD) {
            throw new AttendanceRefused("confirm.refused.notHeld");
        }
        if (sessions.confirmation(sessionId).isPresent()) {
            throw new AttendanceRefused("confirm.refused.already");
        }
        if (jpDelivered < 0 || jpDelivered > session.jp()) {
            throw new AttendanceRefused("confirm.refused.jp");
        }
        sessions.confirm(sessionId, user.getUsername(), clock.instant(), jpDelivered, note);
        audit.record(user.getUsername(), "SESSION_CONFIRMED", "Session", sessionId, "JP " + jpDelivered);
    }

    private SessionView writable(CurrentUser user, Long sessionId, String correctionReason) {
        SessionView session = visible(user, sessionId);
        lock(sessionId);
        if (session.status() == SessionStatus.CANCELLED) {
            throw new AttendanceRefused("attendance.refused.cancelled");
        }
        if (session.date().isAfter(LocalDate.now(clock))) {
            throw new AttendanceRefused("attendance.refused.future");
        }
        if (sessions.confirmation(sessionId).isPresent()) {
            if (!user.isAdmin()) {
                throw new AttendanceRefused("attendance.refused.confirmed");
            }
            if (correctionReason == null || correctionReason.isBlank()) {
                throw new AttendanceRefused("attendance.refused.correctionReason");
            }
        }
        return session;
    }

    private void write(CurrentUser user, SessionView session, Map<Long, Entry> entries, String correctionReason) {
        Map<Long, Attendance> recorded = recordedFor(session.id());
        Instant now = clock.instant();
        entries.forEach((enrollmentId, entry) -> {
            Attendance row = recorded.computeIfAbsent(enrollmentId, id -> new Attendance(session.id(), id));
            row.mark(entry.status(), entry.reason(), user.getUsername(), now);
            attendance.save(row);
        });
        sessions.markHeld(session.id());
        boolean correction = sessions.confirmation(session.id()).isPresent();
        audit.record(user.getUsername(), correction ? "ATTENDANCE_CORRECTED" : "ATTENDANCE_RECORDED", "Session",
                session.id(), entries.size() + " peserta" + (correction ? "; alasan: " + correctionReason.strip() : ""));
    }

    private Map<Long, Attendance> recordedFor(Long sessionId) {
        return attendance.findBySessionId(sessionId).stream()
                .collect(Collectors.toMap(Attendance::getEnrollmentId, Function.identity()));
    }

    private static AttendanceSheet.Line line(Participant p, Attendance a) {
        return new AttendanceSheet.Line(p.enrollmentId(), p.registrationNumber(), p.fullName(),
                a == null ? null : a.getStatus(), a == null ? null : a.getAbsenceReason(),
                a == null ? null : a.getRecordedBy(), a == null ? null : a.getRecordedAt());
    }

    /**
     * Two people saving the same session at once are served one after the other, so the second
     * updates the first's rows (or sees its confirmation) instead of hitting the unique constraint.
     */
    private void lock(Long sessionId) {
        jdbc.queryForList("select pg_advisory_xact_lock(?, ?)", 71_003, Math.toIntExact(sessionId));
    }
}
