package id.binaan.attendance;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.binaan.account.CurrentUser;
import id.binaan.attendance.Attendance.Mark;
import id.binaan.audit.AuditLog;
import id.binaan.enrollment.Participants;
import id.binaan.enrollment.Participants.Participant;
import id.binaan.program.SessionStatus;
import id.binaan.program.SessionView;
import id.binaan.program.Sessions;
import id.binaan.shared.Labelled;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Recording who was at a session, correcting it after confirmation, and the partner's confirmation that the
 * session took place. The rules are the session's (its lock, its confirmation) and the attendance's.
 */
@Service
class AttendanceService {

    private static final Locale AUDIT_LOCALE = Locale.forLanguageTag("id");

    private final AttendanceRepository attendance;
    private final Sessions sessions;
    private final Participants participants;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    AttendanceService(AttendanceRepository attendance, Sessions sessions, Participants participants, AuditLog audit,
            MessageSource messages, Clock clock, JdbcTemplate jdbc) {
        this.attendance = attendance;
        this.sessions = sessions;
        this.participants = participants;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.jdbc = jdbc;
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
        List<Participant> taking = participants.activeOn(session.programId(), session.date());
        List<AttendanceSheet.Line> lines = taking.stream().map(p -> line(p, recorded.get(p.enrollmentId()))).toList();
        boolean mayConfirm = mayConfirm(user) && confirmation == null && session.status() == SessionStatus.HELD;
        return new AttendanceSheet(session, confirmation, lines, sessions.attendanceEdit(sessionId, user.isAdmin()),
                mayConfirm, missing(taking, recorded));
    }

    /** Records the marks given; participants left out keep what they had. */
    @Transactional
    void record(CurrentUser user, Long sessionId, Map<Long, Mark> marks, String correctionReason) {
        SessionView session = visible(user, sessionId);
        lock(sessionId);
        List<Participant> taking = participants.activeOn(session.programId(), session.date());
        Attendance.requireEntries(taking, marks);
        sessions.recordAttendance(sessionId, user.isAdmin(), marks.size(), correctionReason);
        write(user, session, taking, marks, correctionReason);
    }

    /**
     * One participant's attendance corrected after confirmation (DESIGN.md rule 4): the session's lock allows it to an
     * ADMIN, with a reason; the audit event holds the change before → after.
     */
    @Transactional
    void correct(CurrentUser user, Long sessionId, Long enrollmentId, Mark mark, String correctionReason) {
        record(user, sessionId, mark == null ? Map.of() : Map.of(enrollmentId, mark), correctionReason);
    }

    /** Every active participant present; the exceptions are entered afterwards. Not a correction: one at a time. */
    @Transactional
    void allPresent(CurrentUser user, Long sessionId) {
        SessionView session = visible(user, sessionId);
        lock(sessionId);
        List<Participant> taking = participants.activeOn(session.programId(), session.date());
        Map<Long, Mark> marks = taking.stream().collect(Collectors.toMap(Participant::enrollmentId,
                p -> new Mark(AttendanceStatus.PRESENT, null)));
        Attendance.requireEntries(taking, marks);
        sessions.recordAttendance(sessionId, user.isAdmin(), marks.size(), null);
        write(user, session, taking, marks, null);
    }

    /** The liaison of the session's partner, or an ADMIN, confirms a held session once everyone's attendance is in. */
    @Transactional
    void confirm(CurrentUser user, Long sessionId, int jpDelivered, String note) {
        SessionView session = visible(user, sessionId);
        if (!mayConfirm(user)) {
            throw new AccessDeniedException("Only the partner's liaison or an administrator confirms");
        }
        lock(sessionId);
        List<String> missing = missing(participants.activeOn(session.programId(), session.date()),
                recordedFor(sessionId));
        sessions.confirm(sessionId, user.getUsername(), clock.instant(), jpDelivered, note, missing);
        audit.record(user.getUsername(), "SESSION_CONFIRMED", "Session", sessionId, "JP " + jpDelivered);
    }

    private static boolean mayConfirm(CurrentUser user) {
        return user.isAdmin() || user.isPartner();
    }

    /**
     * Writes the marks. A correction of a confirmed session is audited as each change before → after, in words:
     * {@code Andi (B.I 12/2025): Hadir → Izin (Sakit)}.
     */
    private void write(CurrentUser user, SessionView session, List<Participant> taking, Map<Long, Mark> marks,
            String correctionReason) {
        Map<Long, Attendance> recorded = recordedFor(session.id());
        Map<Long, Participant> byEnrollment = taking.stream()
                .collect(Collectors.toMap(Participant::enrollmentId, Function.identity()));
        Instant now = clock.instant();
        StringBuilder changes = new StringBuilder();
        marks.forEach((enrollmentId, mark) -> {
            Attendance row = recorded.computeIfAbsent(enrollmentId, id -> new Attendance(session.id(), id));
            Mark before = row.current();
            row.mark(mark, user.getUsername(), now);
            attendance.save(row);
            Participant who = byEnrollment.get(enrollmentId);
            changes.append(changes.isEmpty() ? "" : "; ").append(who.fullName()).append(" (")
                    .append(who.registrationNumber()).append("): ").append(words(before)).append(" → ")
                    .append(words(mark));
        });
        boolean correction = sessions.confirmation(session.id()).isPresent();
        audit.record(user.getUsername(), correction ? "ATTENDANCE_CORRECTED" : "ATTENDANCE_RECORDED", "Session",
                session.id(), correction ? changes + "; alasan koreksi: " + correctionReason.strip()
                        : marks.size() + " peserta");
    }

    private String words(Mark mark) {
        if (mark == null) {
            return label("attendance.notRecorded");
        }
        return mark.reason() == null ? label(mark.status()) : label(mark.status()) + " (" + label(mark.reason())
                + (mark.note() == null ? "" : ": " + mark.note()) + ")";
    }

    private String label(Labelled value) {
        return messages.getMessage(value, AUDIT_LOCALE);
    }

    private String label(String key) {
        return messages.getMessage(key, null, AUDIT_LOCALE);
    }

    /** Participants without attendance, by name and registration number. */
    private static List<String> missing(List<Participant> taking, Map<Long, Attendance> recorded) {
        return taking.stream().filter(p -> !recorded.containsKey(p.enrollmentId()))
                .map(p -> p.fullName() + " (" + p.registrationNumber() + ")").toList();
    }

    private Map<Long, Attendance> recordedFor(Long sessionId) {
        return attendance.findBySessionId(sessionId).stream()
                .collect(Collectors.toMap(Attendance::getEnrollmentId, Function.identity()));
    }

    private static AttendanceSheet.Line line(Participant p, Attendance a) {
        return new AttendanceSheet.Line(p.enrollmentId(), p.registrationNumber(), p.fullName(),
                a == null ? null : a.getStatus(), a == null ? null : a.getAbsenceReason(),
                a == null ? null : a.getAbsenceNote(), a == null ? null : a.getRecordedBy(), a == null ? null : a.getRecordedAt());
    }

    /**
     * Two people saving the same session at once are served one after the other, so the second
     * updates the first's rows (or sees its confirmation) instead of hitting the unique constraint.
     */
    private void lock(Long sessionId) {
        jdbc.queryForList("select pg_advisory_xact_lock(?, ?)", 71_003, Long.hashCode(sessionId));
    }
}
