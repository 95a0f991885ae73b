package id.binaan.audit;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.binaan.shared.LongStatements;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the hash chain of the audit log (see migration V2026.11.28.60): recomputes every event's hash
 * from the previous event's stored hash and its own fields, and names the first event that differs.
 */
@Service
class AuditChain {

    private final JdbcTemplate jdbc;
    private final LongStatements longStatements;
    private final AuditAnchor anchor;

    AuditChain(JdbcTemplate jdbc, LongStatements longStatements, AuditAnchor anchor) {
        this.jdbc = jdbc;
        this.longStatements = longStatements;
        this.anchor = anchor;
    }

    record BrokenEvent(Long id, Instant occurredAt, String actor, String action) {
    }

    /**
     * {@code firstBroken} is null when the chain is intact; {@code anchorMissing} is the newest event of the last
     * intact verification when it is no longer there as it was (the newest events were deleted or replaced).
     */
    record Verification(long checked, BrokenEvent firstBroken, AuditAnchor.Anchor anchorMissing) {

        public boolean intact() {
            return firstBroken == null && anchorMissing == null;
        }
    }

    @Transactional(readOnly = true)
    Verification verify() {
        // every event of every year is read and hashed again: long at national scale
        longStatements.allow(Duration.ofMinutes(10));
        Long checked = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        List<BrokenEvent> broken = jdbc.query("""
                        select id, occurred_at, actor, action from (
                            select e.*, audit_event_digest(lag(hash) over (order by id), occurred_at, actor, action,
                                                           target_type, target_id, details) as expected
                            from audit_event e) chained
                        where hash is distinct from expected
                        order by id
                        limit 1""",
                (rs, row) -> new BrokenEvent(rs.getLong("id"), rs.getObject("occurred_at", Timestamp.class).toInstant(),
                        rs.getString("actor"), rs.getString("action")));
        AuditAnchor.Anchor missing = anchor.last()
                .filter(last -> !jdbc.queryForList("select hash from audit_event where id = ?", String.class, last.id())
                        .equals(List.of(last.hash())))
                .orElse(null);
        Verification verification = new Verification(checked == null ? 0 : checked,
                broken.isEmpty() ? null : broken.get(0), missing);
        if (verification.intact()) {
            // a broken chain keeps the old anchor, so the next check still reports what went missing
            jdbc.query("select id, hash from audit_event order by id desc limit 1", rs -> {
                anchor.write(new AuditAnchor.Anchor(rs.getLong("id"), rs.getString("hash"), verification.checked(),
                        Instant.now()));
            });
        }
        return verification;
    }
}
