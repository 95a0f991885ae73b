package id.binaan.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import id.binaan.audit.AuditLog;
import id.binaan.partner.PartnerType;
import id.binaan.partner.Partners;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
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
    private final Partners partners;
    private final ObjectProvider<PlacesTaken> placesTaken;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    ProgramService(ProgramRepository programs, SessionRepository sessions, Partners partners,
            ObjectProvider<PlacesTaken> placesTaken, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.programs = programs;
        this.sessions = sessions;
        this.partners = partners;
        this.placesTaken = placesTaken;
        this.events = events;
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
        // the JP each session holds come with the sessions (Session.jpHeld): one statement fewer than asking apart
        return new ProgramPage(program, upcoming, past, placesTaken(id), all.stream().mapToInt(Session::getJpHeld).sum());
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
        program.define(form.details(), partnerType(form.getPartnerId()));
        programs.save(program);
        audit.record(actor, "PROGRAM_CREATED", "Program", program.getId(), form.getKind() + " " + form.getTitle());
        return program.getId();
    }

    /**
     * Saves the form over the program it was filled in for. A changed capacity is announced in the same
     * transaction: the waiting list moves up at once, and a capacity below the places taken is refused.
     */
    @Transactional
    void update(Long id, ProgramForm form, String actor) {
        Program program = get(id);
        program.requireVersion(form.getVersion());
        int capacityBefore = program.getCapacity();
        program.define(form.details(), partnerType(form.getPartnerId()));
        if (program.getCapacity() != capacityBefore) {
            events.publishEvent(new ProgramCapacityChanged(id, program.getCapacity()));
        }
        audit.record(actor, "PROGRAM_UPDATED", "Program", id, form.getTitle()
                + (program.getCapacity() != capacityBefore ? "; kuota " + capacityBefore + " -> " + program.getCapacity() : ""));
    }

    @Transactional
    void act(Long id, ProgramAction action, String actor) {
        Program program = get(id);
        ProgramStatus from = program.getStatus();
        program.apply(action);
        audit.record(actor, "PROGRAM_" + action, "Program", id, from + " -> " + program.getStatus());
    }

    private PartnerType partnerType(Long partnerId) {
        return partners.find(partnerId).map(Partners.PartnerOption::type).orElse(null);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record ProgramPage(Program program, List<Session> upcoming, List<Session> past, long placesTaken, int jpHeld) {
    }
}
