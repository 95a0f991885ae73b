package id.binaan.inmate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import id.binaan.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** The inmate register: what other modules may read and do, and the changes the pages make. */
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

    @Transactional
    public void release(String actor, Long id, LocalDate on) {
        Inmate inmate = load(id);
        inmate.release(on);
        audit.record(actor, "INMATE_RELEASED", "Inmate", id, inmate.getRegistrationNumber() + " on " + on);
        events.publishEvent(new InmateReleased(id, on));
    }

    @Transactional
    public void transfer(String actor, Long id, LocalDate on, String destination) {
        Inmate inmate = load(id);
        inmate.transfer(on, destination);
        audit.record(actor, "INMATE_TRANSFERRED", "Inmate", id,
                inmate.getRegistrationNumber() + " on " + on + " to " + inmate.getTransferDestination());
        events.publishEvent(new InmateTransferred(id, on));
    }

    @Transactional
    Inmate create(String actor, InmateDetails details) {
        InmateDetails tidy = InmateRules.tidy(details);
        requireUnique(tidy.registrationNumber(), null);
        Inmate inmate = repository.saveAndFlush(new Inmate(tidy));
        audit.record(actor, "INMATE_CREATED", "Inmate", inmate.getId(), tidy.registrationNumber());
        return inmate;
    }

    @Transactional
    void update(String actor, Long id, long formVersion, InmateDetails details) {
        Inmate inmate = load(id);
        if (inmate.isStale(formVersion)) {
            throw new StaleInmateException();
        }
        InmateDetails tidy = InmateRules.tidy(details);
        requireUnique(tidy.registrationNumber(), id);
        inmate.correct(tidy);
        repository.flush();
        audit.record(actor, "INMATE_UPDATED", "Inmate", id, tidy.registrationNumber());
    }

    @Transactional(readOnly = true)
    InmateView view(Long id) {
        return InmateView.of(load(id));
    }

    /** Whether another inmate than {@code self} already has that registration number. */
    @Transactional(readOnly = true)
    boolean taken(String registrationNumber, Long self) {
        return RegistrationNumber.normalize(registrationNumber).flatMap(repository::findByRegistrationNumber)
                .filter(other -> !other.getId().equals(self)).isPresent();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private void requireUnique(String registrationNumber, Long self) {
        repository.findByRegistrationNumber(registrationNumber)
                .filter(other -> !other.getId().equals(self))
                .ifPresent(other -> {
                    throw new InmateRuleException("registrationNumber", "inmate.error.registrationNumber.taken");
                });
    }

    private Inmate load(Long id) {
        return repository.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
