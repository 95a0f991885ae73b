package id.binaan.report;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import id.binaan.report.DashboardFigures.MonthRate;
import org.springframework.stereotype.Component;

/**
 * The dashboard's twelve months of participation, computed by one request at a time and kept for a minute.
 *
 * <p>It is the dashboard's one statement whose cost grows with the facility (a second or two for a whole country's
 * enrollments in one database), and the dashboard is every staff member's home page. While it is computed, other
 * requests for the dashboard wait for that answer instead of starting the same statement again, holding no database
 * connection while they wait; for a minute after, they read it from here. A request whose user has gone therefore
 * leaves at most this one statement running (itself bounded by the statement time limit), not one each. Past
 * months change only when a record is corrected afterwards, and this month's figure at most a minute late.
 *
 * <p>When the statement fails (a busy database makes it run past its time limit), the requests waiting for it do
 * not each run it again: for {@link #RETRY_AFTER} they are given the last twelve months of today if there are any,
 * or the same failure (the error page) at once.
 */
@Component
class RecentParticipation {

    static final Duration FRESH = Duration.ofMinutes(1);
    static final Duration RETRY_AFTER = Duration.ofSeconds(15);

    private final DashboardQueries queries;
    /** One computation per facility (per scope): a facility's dashboard never shows another's months. */
    private final java.util.concurrent.ConcurrentHashMap<String, PerScope> scopes = new java.util.concurrent.ConcurrentHashMap<>();

    RecentParticipation(DashboardQueries queries) {
        this.queries = queries;
    }

    private record Computed(LocalDate today, long atNanos, List<MonthRate> months) {
    }

    /** The twelve months up to {@code today} of the current work's facilities, computed less than a minute ago. */
    List<MonthRate> months(LocalDate today) {
        String key = id.binaan.shared.Scope.current().sql("facility_id");
        return scopes.computeIfAbsent(key, k -> new PerScope()).months(today);
    }

    private final class PerScope {

        private Computed last;
        private RuntimeException failure;
        private long failedAtNanos;

        synchronized List<MonthRate> months(LocalDate today) {
            long now = System.nanoTime();
            if (last != null && last.today().equals(today) && now - last.atNanos() < FRESH.toNanos()) {
                return last.months();
            }
            boolean stale = last != null && last.today().equals(today);
            if (failure != null && now - failedAtNanos < RETRY_AFTER.toNanos()) {
                if (stale) {
                    return last.months();
                }
                throw failure;
            }
            try {
                List<MonthRate> months = queries.months(today);
                last = new Computed(today, System.nanoTime(), months);
                failure = null;
                return months;
            } catch (RuntimeException e) {
                failure = e;
                failedAtNanos = System.nanoTime();
                if (stale) {
                    return last.months();
                }
                throw e;
            }
        }
    }
}
