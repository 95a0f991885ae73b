package id.binaan.partner;

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

    @Transactional(readOnly = true)
    public Optional<String> nameOf(Long partnerId) {
        return partnerId == null ? Optional.empty() : repository.findById(partnerId).map(Partner::getName);
    }
}
