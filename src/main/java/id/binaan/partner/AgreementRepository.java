package id.binaan.partner;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AgreementRepository extends ListCrudRepository<Agreement, Long> {

    @Query("select a from Agreement a where a.partner.id = ?1 order by a.validUntil desc, a.id desc")
    List<Agreement> findByPartner(Long partnerId);

    @Query("""
            select new id.binaan.partner.Partners$ExpiringAgreement(p.id, p.name, a.id, a.number, a.title, a.validUntil)
            from Agreement a join a.partner p
            where p.active = true and a.validUntil <= ?1
            order by a.validUntil, lower(p.name)""")
    List<Partners.ExpiringAgreement> endingBy(LocalDate limit);
}
