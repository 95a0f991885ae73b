package id.binaan.audit;

import java.time.Instant;
import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    @Query("""
            select e from AuditEvent e
            where (:actor = '' or lower(e.actor) like :actor)
              and (:anyAction = true or e.action in :actions)
              and (:text = '' or lower(e.action) like :text or lower(e.details) like :text
                   or lower(e.targetType) like :text or e.action in :textActions)
              and e.occurredAt >= :from and e.occurredAt < :to
            order by e.occurredAt desc, e.id desc""")
    Page<AuditEvent> search(String actor, boolean anyAction, Collection<String> actions, String text,
            Collection<String> textActions, Instant from, Instant to, Pageable pageable);
}
