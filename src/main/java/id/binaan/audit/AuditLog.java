package id.binaan.audit;

import java.time.Clock;

import id.binaan.shared.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records audit events; joins the caller's transaction so an action and its record commit together. */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** An event of the current work's facility (none for work of no one facility). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, String action, String targetType, Object targetId, String details) {
        recordFor(Scope.current().homeFacility(), actor, action, targetType, targetId, details);
    }

    /** An event of the given facility, e.g. a sign-in to one of its accounts, or a liaison's work in it. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordFor(Long facilityId, String actor, String action, String targetType, Object targetId,
            String details) {
        events.save(new AuditEvent(facilityId, clock.instant(), actor == null || actor.isBlank() ? "anonymous" : actor, action,
                targetType, targetId == null ? null : targetId.toString(), truncate(details)));
    }

    private static String truncate(String details) {
        return details != null && details.length() > 2000 ? details.substring(0, 2000) : details;
    }
}
