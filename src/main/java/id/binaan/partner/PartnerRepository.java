package id.binaan.partner;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerRepository extends JpaRepository<Partner, Long> {

    @Query("select p from Partner p where lower(p.name) = lower(?1)")
    Optional<Partner> findByName(String name);

    @Query(value = """
            select new id.binaan.partner.PartnerViews$Row(p.id, p.name, p.type, p.contactPerson, p.phone, p.active)
            from Partner p
            where (:type is null or p.type = :type) and (:active is null or p.active = :active)
            order by lower(p.name)""",
            countQuery = "select count(p) from Partner p where (:type is null or p.type = :type) and (:active is null or p.active = :active)")
    Page<PartnerViews.Row> search(PartnerType type, Boolean active, Pageable pageable);
}
