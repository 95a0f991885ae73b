package id.binaan.partner;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PartnerRepository extends ListCrudRepository<Partner, Long> {

    @Query("select p from Partner p where lower(p.name) = lower(?1)")
    Optional<Partner> findByName(String name);
}
