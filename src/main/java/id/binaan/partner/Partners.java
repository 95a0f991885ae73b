package id.binaan.partner;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partner registry as other modules see it. */
@Service
public class Partners {

    private final PartnerRepository repository;

    Partners(PartnerRepository repository) {
        this.repository = repository;
    }

    /** The id of the partner with that name, creating it first when it does not exist. */
    @Transactional
    public Long ensure(String name, PartnerType type, String address, String contactPerson, String phone, String email) {
        return repository.findByName(name)
                .orElseGet(() -> repository.save(new Partner(name, type, address, contactPerson, phone, email)))
                .getId();
    }

    /** Active partners, by name, for choosing one in a form. */
    @Transactional(readOnly = true)
    public List<PartnerOption> options() {
        return repository.findAll().stream()
                .filter(Partner::isActive)
                .map(p -> new PartnerOption(p.getId(), p.getName(), p.getType()))
                .sorted(Comparator.comparing(PartnerOption::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<PartnerOption> find(Long partnerId) {
        return partnerId == null ? Optional.empty()
                : repository.findById(partnerId).map(p -> new PartnerOption(p.getId(), p.getName(), p.getType()));
    }

    /** A partner as other modules need it: who, and which kind of institution. */
    public record PartnerOption(Long id, String name, PartnerType type) {
    }

    @Transactional(readOnly = true)
    public Optional<String> nameOf(Long partnerId) {
        return partnerId == null ? Optional.empty() : repository.findById(partnerId).map(Partner::getName);
    }
}
