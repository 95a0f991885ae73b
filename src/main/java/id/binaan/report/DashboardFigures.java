package id.binaan.report;

import java.time.LocalDate;
import java.util.List;

/** What the dashboard shows; each list comes from one SQL aggregate. */
record DashboardFigures(Rate now, List<MonthRate> months, List<Count> byPartner, List<Count> byKind,
                        long completionsThisYear, long certificatesThisYear, Alerts alerts) {

    record Rate(long population, long participants) {
        public double percent() {
            return population == 0 ? 0 : participants * 100.0 / population;
        }
    }

    record MonthRate(LocalDate month, Rate rate) {
    }

    record Count(String label, long count) {
    }

    record Alerts(long expiringAgreements, long unconfirmedSessions, long missingAttendance, long releaseReadiness) {
    }
}
