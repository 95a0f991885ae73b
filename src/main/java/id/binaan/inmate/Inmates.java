package id.binaan.inmate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import id.binaan.audit.AuditLog;
import id.binaan.shared.RuleViolation;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** The inmate register: what other modules may read and do, and the changes the pages make. */
@PreAuthorize("@serviceAccess.staff()")
@Service
public class Inmates {

    private final InmateRepository repository;
    private final InmateSearch searches;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Inmates(InmateRepository repository, InmateSearch searches, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.searches = searches;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<InmateSummary> find(Long id) {
        return id == null ? Optional.empty() : repository.findById(id).map(Inmate::summary);
    }

    /** The inmates with those ids, by name; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<InmateSummary> findAll(Collection<Long> ids) {
        return ids == null || ids.isEmpty() ? List.of()
                : repository.findAllByIds(ids).stream().map(Inmate::summary).toList();
    }

    /** ACTIVE inmates whose name or registration number contains the term, by name (for pickers). */
    @Transactional(readOnly = true)
    public List<InmateSummary> search(String term, int limit) {
        return searches.active(term, Math.max(1, Math.min(limit, 100)));
    }

    /** The id of the inmate with that registration number, registering them first when absent. */
    @Transactional
    public Long ensure(String actor, InmateDetails details) {
        InmateDetails tidy = InmateRules.tidy(details);
        return repository.findByRegistrationNumber(tidy.registrationNumber()).map(Inmate::getId)
                .orElseGet(() -> create(actor, tidy).getId());
    }

    /** Records a release; the inmate's open enrollments end with it (DESIGN.md rule 3). */
    @Transactional
    public void release(String actor, Long id, LocalDate on, ReleaseType type) {
        Inmate inmate = load(id);
        inmate.release(on, type, today());
        audit.record(actor, "INMATE_RELEASED", "Inmate", id, inmate.getRegistrationNumber() + " on " + on + " (" + type + ")");
        events.publishEvent(new InmateReleased(id, on));
    }

    /** Records a transfer; the inmate's open enrollments end with it (DESIGN.md rule 3). */
    @Transactional
    public void transfer(String actor, Long id, LocalDate on, String destination) {
        Inmate inmate = load(id);
        inmate.transfer(on, destination, today());
        audit.record(actor, "INMATE_TRANSFERRED", "Inmate", id,
                inmate.getRegistrationNumber() + " on " + on + " to " + inmate.getTransferDestination());
        events.publishEvent(new InmateTransferred(id, on));
    }

    /** Registers an inmate; refused when the details break {@link InmateRules} or the number is taken. */
    @Transactional
    Inmate create(String actor, InmateDetails details) {
        InmateDetails tidy = InmateRules.tidy(details);
        InmateRules.require(details, today(), taken(tidy.registrationNumber(), null));
        Inmate inmate = saved(() -> repository.saveAndFlush(new Inmate(tidy)));
        audit.record(actor, "INMATE_CREATED", "Inmate", inmate.getId(), tidy.registrationNumber());
        return inmate;
    }

    @Transactional
    void update(String actor, Long id, Long formVersion, InmateDetails details) {
        Inmate inmate = load(id);
        inmate.requireVersion(formVersion);
        InmateDetails tidy = InmateRules.tidy(details);
        InmateRules.require(details, today(), taken(tidy.registrationNumber(), id));
        inmate.correct(tidy);
        saved(() -> {
            repository.flush();
            return inmate;
        });
        audit.record(actor, "INMATE_UPDATED", "Inmate", id, tidy.registrationNumber());
    }

    @Transactional(readOnly = true)
    InmateView view(Long id) {
        return InmateView.of(load(id));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Another inmate than {@code self} has the number; the unique index decides when two register at once. */
    private boolean taken(String registrationNumber, Long self) {
        return repository.findByRegistrationNumber(registrationNumber).filter(other -> !other.getId().equals(self))
                .isPresent();
    }

    private static Inmate saved(java.util.function.Supplier<Inmate> write) {
        try {
            return write.get();
        } catch (DataIntegrityViolationException sameNumberAtOnce) {
            throw new RuleViolation("registrationNumber", "inmate.error.registrationNumber.taken");
        }
    }

    private Inmate load(Long id) {
        return repository.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
