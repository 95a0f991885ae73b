package id.binaan.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import id.binaan.audit.AuditLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Creating, editing and moving programs through their lifecycle. */
@Service
class ProgramService {

    private final ProgramRepository programs;
    private final SessionRepository sessions;
    private final ObjectProvider<PlacesTaken> placesTaken;
    private final AuditLog audit;
    private final Clock clock;

    ProgramService(ProgramRepository programs, SessionRepository sessions, ObjectProvider<PlacesTaken> placesTaken,
            AuditLog audit, Clock clock) {
        this.programs = programs;
        this.sessions = sessions;
        this.placesTaken = placesTaken;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Page<Program> search(ProgramKind kind, Long partnerId, ProgramStatus status, LocalDate from, LocalDate to,
            Pageable pageable) {
        return programs.search(kind, partnerId, status, from, to, pageable);
    }

    @Transactional(readOnly = true)
    Program get(Long id) {
        return programs.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The program page: the program, all its sessions, places taken and JP held so far. */
    @Transactional(readOnly = true)
    ProgramPage page(Long id) {
        Program program = get(id);
        List<Session> all = sessions.findByProgram(id);
        LocalDate today = LocalDate.now(clock);
        List<Session> upcoming = all.stream().filter(s -> !s.getSessionDate().isBefore(today)).toList();
        List<Session> past = new ArrayList<>(all.stream().filter(s -> s.getSessionDate().isBefore(today)).toList());
        Collections.reverse(past);
        // Held so far: sessions marked held, or scheduled ones whose day has passed and that were not cancelled.
        int jpHeld = past.stream().filter(s -> s.getStatus() != SessionStatus.CANCELLED).mapToInt(Session::getJp).sum()
                + upcoming.stream().filter(s -> s.getStatus() == SessionStatus.HELD).mapToInt(Session::getJp).sum();
        return new ProgramPage(program, upcoming, past, placesTaken(id), jpHeld);
    }

    /**
     * Enrollments live in a module that may not exist yet; without a {@link PlacesTaken} bean no place
     * can have been taken, so the answer is 0.
     */
    long placesTaken(Long programId) {
        PlacesTaken counter = placesTaken.getIfAvailable();
        return counter == null ? 0 : counter.placesTaken(programId);
    }

    @Transactional
    Long create(ProgramForm form, String actor) {
        Program program = new Program(form.getKind());
        copy(form, program);
        programs.save(program);
        audit.record(actor, "PROGRAM_CREATED", "Program", program.getId(), form.getKind() + " " + form.getTitle());
        return program.getId();
    }

    @Transactional
    void update(Long id, ProgramForm form, String actor) {
        Program program = get(id);
        if (program.isStale(form.getVersion())) {
            throw new OptimisticLockingFailureException("Program " + id + " changed meanwhile");
        }
        copy(form, program);
        audit.record(actor, "PROGRAM_UPDATED", "Program", id, form.getTitle());
    }

    @Transactional
    void act(Long id, ProgramAction action, String actor) {
        Program program = get(id);
        if (!program.allowedActions().contains(action)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        ProgramStatus from = program.getStatus();
        program.apply(action);
        audit.record(actor, "PROGRAM_" + action, "Program", id, from + " -> " + program.getStatus());
    }

    private static void copy(ProgramForm form, Program program) {
        program.describe(form.getPartnerId(), form.getTitle().strip(), form.getStartDate(), form.getEndDate(),
                form.getCapacity(), blankToNull(form.getLocation()), blankToNull(form.getInstructor()),
                form.getTargetJp());
        if (form.isTraining()) {
            program.training(form.getVocation().strip(), blankToNull(form.getCertificationScheme()),
                    form.getCompletionThresholdPercent());
        } else {
            program.equivalency(form.getLevel(), form.getGrade(), form.getAcademicYear(), form.getSemester());
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record ProgramPage(Program program, List<Session> upcoming, List<Session> past, long placesTaken, int jpHeld) {
    }
}
