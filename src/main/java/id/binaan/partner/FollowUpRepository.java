package id.binaan.partner;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface FollowUpRepository extends ListCrudRepository<FollowUp, Long> {

    /** Open follow-ups across active partners; the earliest due (so the overdue ones) first. */
    @Query("""
            select new id.binaan.partner.PartnerViews$OpenFollowUp(f.id, p.id, p.name, m.id, m.heldOn, f.description, f.dueOn)
            from FollowUp f join f.meeting m join m.partner p
            where f.done = false
            order by f.dueOn, lower(p.name), f.id""")
    List<PartnerViews.OpenFollowUp> findOpen();
}
