package id.binaan.report;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import id.binaan.shared.Scope;

/**
 * Folds the facilities' tally (V2026.11.30.80: one row appended per change) into one row per facility and year,
 * every few minutes, so that the overviews sum a few rows per facility however busy the day was. The fold keeps
 * every figure as it was (it deletes exactly the rows it sums, in one statement), so instances may run it at the
 * same time.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class FacilityTallyCompaction {

    private static final Logger log = LoggerFactory.getLogger(FacilityTallyCompaction.class);

    private final JdbcTemplate jdbc;

    FacilityTallyCompaction(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(initialDelayString = "${binaan.tally.compact-every:PT5M}", fixedDelayString = "${binaan.tally.compact-every:PT5M}")
    void compact() {
        try {
            Scope.system().run(() -> jdbc.execute("select binaan_compact_facility_tally()"));
        } catch (RuntimeException e) {
            log.warn("The facilities' tally was not folded this time: {}", e.getMessage());
        }
    }
}
