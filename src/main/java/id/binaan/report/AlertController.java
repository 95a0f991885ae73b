package id.binaan.report;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.binaan.partner.Partners;

/** The lists behind the dashboard's alerts (ADMIN, STAFF). */
@Controller
class AlertController {

    private final AlertQueries queries;
    private final Partners partners;
    private final Clock clock;

    AlertController(AlertQueries queries, Partners partners, Clock clock) {
        this.queries = queries;
        this.partners = partners;
        this.clock = clock;
    }

    @GetMapping("/reports/unconfirmed-sessions")
    String unconfirmed(Model model) {
        model.addAttribute("alert", "unconfirmed");
        model.addAttribute("sessions", queries.unconfirmedSessions(LocalDate.now(clock)));
        return "report/alert-sessions";
    }

    @GetMapping("/reports/missing-attendance")
    String missingAttendance(Model model) {
        model.addAttribute("alert", "missing");
        model.addAttribute("sessions", queries.missingAttendance(LocalDate.now(clock)));
        return "report/alert-sessions";
    }

    @GetMapping("/reports/release-readiness")
    String releaseReadiness(Model model) {
        model.addAttribute("inmates", queries.releaseReadiness(LocalDate.now(clock)));
        return "report/alert-release";
    }

    @GetMapping("/reports/expiring-agreements")
    String expiringAgreements(Model model) {
        model.addAttribute("agreements", partners.expiringAgreements(LocalDate.now(clock), AlertQueries.AGREEMENT_DAYS));
        return "report/alert-agreements";
    }
}
