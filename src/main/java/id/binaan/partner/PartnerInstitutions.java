package id.binaan.partner;

import java.util.List;
import java.util.Optional;

import id.binaan.account.Institutions;
import org.springframework.stereotype.Component;

/** Tells the account module which institutions a liaison may belong to. */
@Component
class PartnerInstitutions implements Institutions {

    private final Partners partners;

    PartnerInstitutions(Partners partners) {
        this.partners = partners;
    }

    @Override
    public List<Institution> active() {
        return partners.options().stream().map(p -> new Institution(p.id(), p.name())).toList();
    }

    @Override
    public Optional<Institution> find(Long id) {
        return partners.find(id).map(p -> new Institution(p.id(), p.name()));
    }
}
