package id.binaan.audit;

import java.sql.Timestamp;
import java.time.Clock;

import id.binaan.shared.Scope;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records audit events; joins the caller's transaction so an action and its record commit together. */
@Service
public class AuditLog {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
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
        // written without RETURNING: an event of no facility is not readable by a facility's own work, and
        // PostgreSQL applies the read policy to returned rows (the id comes from the chain's trigger anyway)
        jdbc.update("insert into audit_event (facility_id, occurred_at, actor, action, target_type, target_id, details)"
                + " values (?, ?, ?, ?, ?, ?, ?)", facilityId, Timestamp.from(clock.instant()),
                actor == null || actor.isBlank() ? "anonymous" : actor, action, targetType,
                targetId == null ? null : targetId.toString(), truncate(details));
    }

    private static String truncate(String details) {
        return details != null && details.length() > 2000 ? details.substring(0, 2000) : details;
    }
}
