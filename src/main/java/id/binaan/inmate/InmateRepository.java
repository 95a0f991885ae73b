package id.binaan.inmate;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface InmateRepository extends JpaRepository<Inmate, Long> {

    Optional<Inmate> findByRegistrationNumber(String registrationNumber);

    @Query("select i from Inmate i where i.id in ?1 order by lower(i.fullName), i.id")
    List<Inmate> findAllByIds(Collection<Long> ids);
}
