package id.binaan.program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.binaan.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Adding, generating, cancelling and rescheduling a program's sessions; the rules are the program's and the session's. */
@Service
class SessionScheduling {

    private final ProgramRepository programs;
    private final SessionRepository sessions;
    private final HolidayRepository holidays;
    private final AuditLog audit;

    SessionScheduling(ProgramRepository programs, SessionRepository sessions, HolidayRepository holidays,
            AuditLog audit) {
        this.programs = programs;
        this.sessions = sessions;
        this.holidays = holidays;
        this.audit = audit;
    }

    /** National holidays in the period plus the extra days typed in, by date. */
    @Transactional(readOnly = true)
    Map<LocalDate, String> daysOff(LocalDate from, LocalDate to, List<LocalDate> extra, String extraName) {
        Map<LocalDate, String> daysOff = new TreeMap<>();
        holidays.findByDateBetween(from, to).forEach(h -> daysOff.put(h.getDate(), h.getName()));
        extra.forEach(d -> daysOff.putIfAbsent(d, extraName));
        return daysOff;
    }

    @Transactional
    Long add(Long programId, SessionForm form, String actor) {
        Session session = sessions.save(new Session(program(programId), form.getDate(), form.getStartTime(),
                form.getEndTime(), ProgramService.blankToNull(form.getTopic()), form.getJp(),
                sessions.findActiveByProgram(programId)));
        audit.record(actor, "SESSION_ADDED", "Session", session.getId(), "program " + programId + " " + form.getDate());
        return session.getId();
    }

    /** The JP of the program's sessions that are not cancelled: what the schedule already gives. */
    @Transactional(readOnly = true)
    int jpScheduled(Long programId) {
        return sessions.findActiveByProgram(programId).stream().mapToInt(Session::getJp).sum();
    }

    /** The dates a weekly pattern would give the program, without saving them. */
    @Transactional(readOnly = true)
    WeeklyPattern.Plan preview(Long programId, WeeklyPattern pattern, Map<LocalDate, String> daysOff) {
        return pattern.planFor(program(programId), daysOff, sessions.findActiveByProgram(programId));
    }

    /** Saves the pattern's dates; refused as a whole when one of them cannot take a session. */
    @Transactional
    int generate(Long programId, WeeklyPattern pattern, Map<LocalDate, String> daysOff, String topic, String actor) {
        Program program = program(programId);
        List<Session> existing = new ArrayList<>(sessions.findActiveByProgram(programId));
        List<LocalDate> dates = pattern.planFor(program, daysOff, existing).dates();
        for (LocalDate date : dates) {
            existing.add(sessions.save(new Session(program, date, pattern.start(), pattern.end(),
                    ProgramService.blankToNull(topic), pattern.jp(), existing)));
        }
        audit.record(actor, "SESSIONS_GENERATED", "Program", programId,
                dates.size() + " sessions " + pattern.from() + ".." + pattern.to() + " " + pattern.days());
        return dates.size();
    }

    /** How many past sessions are still without attendance: what a bulk cancellation would cancel. */
    @Transactional(readOnly = true)
    int unrecordedCount(LocalDate today, Long programId) {
        return sessions.unrecordedBefore(today, programId).size();
    }

    /**
     * Cancels every past session that still has no attendance (of one program, or of all), with one reason, each audited as a cancellation and
     * the whole as one event. Only those still unrecorded when it runs: one recorded meanwhile stays.
     */
    @Transactional
    int cancelUnrecorded(LocalDate today, Long programId, CancelReason reason, String note, String actor) {
        List<Session> overdue = sessions.unrecordedBefore(today, programId);
        String tidyNote = ProgramService.blankToNull(note);
        for (Session session : overdue) {
            session.cancel(reason, tidyNote);
            audit.record(actor, "SESSION_CANCELLED", "Session", session.getId(),
                    reason + (tidyNote == null ? "" : " " + tidyNote));
        }
        audit.record(actor, "SESSIONS_CANCELLED_UNRECORDED", programId == null ? null : "Program", programId,
                overdue.size() + " × " + reason
                + (tidyNote == null ? "" : ": " + tidyNote));
        return overdue.size();
    }

    @Transactional
    int cancel(Long programId, List<Long> sessionIds, CancelReason reason, String note, String actor) {
        List<Session> chosen = sessions.findAllById(sessionIds);
        for (Session session : chosen) {
            if (!session.getProgram().getId().equals(programId)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            session.cancel(reason, ProgramService.blankToNull(note));
            audit.record(actor, "SESSION_CANCELLED", "Session", session.getId(), reason + " " + (note == null ? "" : note));
        }
        return chosen.size();
    }

    @Transactional
    void reschedule(Long programId, Long sessionId, SessionForm form, String actor) {
        Session session = session(programId, sessionId);
        session.requireVersion(form.getVersion());
        String before = session.getSessionDate() + " " + session.getStartTime();
        session.reschedule(form.getDate(), form.getStartTime(), form.getEndTime(),
                sessions.findActiveByProgram(programId));
        audit.record(actor, "SESSION_RESCHEDULED", "Session", sessionId, before + " -> " + form.getDate() + " "
                + form.getStartTime());
    }

    @Transactional(readOnly = true)
    Session session(Long programId, Long sessionId) {
        return sessions.findById(sessionId).filter(s -> s.getProgram().getId().equals(programId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Transactional(readOnly = true)
    List<Session> scheduled(Long programId, List<Long> sessionIds) {
        return sessions.findAllById(sessionIds).stream()
                .filter(s -> s.getProgram().getId().equals(programId) && s.getStatus() == SessionStatus.SCHEDULED)
                .sorted(java.util.Comparator.comparing(Session::getSessionDate).thenComparing(Session::getStartTime))
                .toList();
    }

    Program program(Long programId) {
        return programs.findById(programId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
