package id.binaan.audit;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    @Query("""
            select e from AuditEvent e
            where (:actor = '' or lower(e.actor) = lower(:actor))
              and (:action = '' or e.action = :action)
              and e.occurredAt >= :from and e.occurredAt < :to
            order by e.occurredAt desc, e.id desc""")
    Page<AuditEvent> search(String actor, String action, Instant from, Instant to, Pageable pageable);
}
