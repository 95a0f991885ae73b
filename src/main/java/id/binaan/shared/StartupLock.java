package id.binaan.shared;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Instances that start together on one database take turns through the start-up work (the first administrator,
 * the demo data): each of those runners checks what exists and adds what is missing, which is only safe while no
 * other instance does the same. A PostgreSQL advisory lock, taken on a connection of its own before the first
 * runner and released after the last, makes the second instance wait and then find everything in place. If a
 * runner fails, the context closes its pool, the connection ends and PostgreSQL releases the lock.
 * <p>
 * The start-up work is the first facility's (the one a new database is made with): its first administrator, the
 * demo facility. Work for another facility names its own {@link Scope}.
 */
@Configuration(proxyBeanMethods = false)
class StartupLock {

    /** The demo data on a slow machine takes about a minute; this is far beyond it. */
    static final Duration WAIT_AT_MOST = Duration.ofMinutes(10);

    /** Any fixed number; only Binaan's start-up takes this lock. */
    static final long KEY = 0x42494e41414eL;

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private Connection holder;

    @Bean
    ApplicationRunner takeStartupLock(DataSource dataSource) {
        return new Step(Ordered.HIGHEST_PRECEDENCE, () -> {
            // the start-up work between this step and the last (first administrator, demo data) runs as the system,
            // which the services' method security admits (ServiceAccess)
            SecurityContext system = SecurityContextHolder.createEmptyContext();
            system.setAuthentication(ServiceAccess.systemAuthentication());
            SecurityContextHolder.setContext(system);
            holder = dataSource.getConnection();
            // asked again and again rather than waited for in one statement: the connection's statement and read
            // limits (a few seconds) are shorter than the other instance's start-up work
            long giveUp = System.nanoTime() + WAIT_AT_MOST.toNanos();
            boolean told = false;
            while (!tryLock()) {
                if (System.nanoTime() > giveUp) {
                    throw new IllegalStateException("Another instance kept the start-up lock for more than " + WAIT_AT_MOST);
                }
                if (!told) {
                    log.info("Another instance is starting on this database; waiting for it to finish its start-up work");
                    told = true;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for the start-up lock", e);
                }
            }
            try (Statement sql = holder.createStatement();
                 ResultSet first = sql.executeQuery("select min(id) from facility")) {
                first.next();
                Scope.facility(first.getLong(1)).bind();
            }
        });
    }

    private boolean tryLock() throws SQLException {
        try (Statement sql = holder.createStatement(); ResultSet answer = sql.executeQuery("select pg_try_advisory_lock(" + KEY + ")")) {
            return answer.next() && answer.getBoolean(1);
        }
    }

    @Bean
    ApplicationRunner releaseStartupLock() {
        return new Step(Ordered.LOWEST_PRECEDENCE, () -> {
            SecurityContextHolder.clearContext();
            Scope.unbind();
            if (holder != null) {
                try (Connection connection = holder; Statement sql = connection.createStatement()) {
                    sql.execute("select pg_advisory_unlock(" + KEY + ")");
                } finally {
                    holder = null;
                }
            }
        });
    }

    private interface Action {
        void run() throws SQLException;
    }

    private record Step(int order, Action action) implements ApplicationRunner, Ordered {

        @Override
        public void run(ApplicationArguments args) throws SQLException {
            action.run();
        }

        @Override
        public int getOrder() {
            return order;
        }
    }
}
