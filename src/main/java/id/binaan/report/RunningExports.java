package id.binaan.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import id.binaan.audit.AuditLog;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The CSV exports running now, so that stopping the application accounts for each. On SIGTERM the web server
 * first lets running requests finish for {@code spring.lifecycle.timeout-per-shutdown-phase}; an export still
 * running after that is cut here, before the web server and the database pool close: the audit log records it as
 * cut (with the rows sent so far), its statement is cancelled, and its response ends without its last chunk, so
 * the download shows as failed rather than as a shorter file.
 */
@Component
class RunningExports implements SmartLifecycle {

    /** After the web server's graceful wait, before the web server stops. */
    static final int PHASE = WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE - 512;

    private static final Logger log = LoggerFactory.getLogger(RunningExports.class);

    private final Set<Export> running = ConcurrentHashMap.newKeySet();
    private final AuditLog auditLog;
    private volatile boolean started;

    RunningExports(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    Export begin(String actor, String description) {
        Export export = new Export(actor, description);
        running.add(export);
        return export;
    }

    @Override
    public void start() {
        started = true;
    }

    @Override
    public void stop() {
        started = false;
        for (Export export : running) {
            if (export.cut()) {
                log.warn("Stopping: the export by {} ({}) was cut after {} rows", export.actor, export.description,
                        export.rows());
                auditLog.record(export.actor, "ENROLLMENT_REPORT_CUT", "report", "enrollments.csv",
                        export.description + " rows=" + export.rows() + " (cut: the application was stopping)");
                export.cancel();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** One export: who, what, how many rows so far, and whether it finished or was cut. */
    final class Export {

        private final String actor;
        private final String description;
        private final AtomicLong lines = new AtomicLong();
        private final AtomicBoolean over = new AtomicBoolean();
        private volatile Connection connection;

        private Export(String actor, String description) {
            this.actor = actor;
            this.description = description;
        }

        void attach(Connection connection) {
            this.connection = connection;
        }

        /** A record ended (the header's included). */
        void line() {
            lines.incrementAndGet();
        }

        long rows() {
            return Math.max(0, lines.get() - 1);
        }

        /** Whether it finished before being cut (then the caller records it as exported). */
        boolean finish() {
            running.remove(this);
            return over.compareAndSet(false, true);
        }

        /** Ends its tracking when it failed on its own. */
        void abandon() {
            running.remove(this);
            over.compareAndSet(false, true);
        }

        private boolean cut() {
            running.remove(this);
            return over.compareAndSet(false, true);
        }

        private void cancel() {
            Connection current = connection;
            if (current != null) {
                try {
                    current.unwrap(PGConnection.class).cancelQuery();
                } catch (SQLException e) {
                    log.warn("Could not cancel the cut export's statement: {}", e.getMessage());
                }
            }
        }
    }
}
