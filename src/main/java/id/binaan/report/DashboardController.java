package id.binaan.report;

import id.binaan.account.CurrentUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import id.binaan.account.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page of ADMIN and STAFF: participation, participants, completions and what needs attention. */
@Controller
class DashboardController {

    private final DashboardQueries queries;
    private final RecentParticipation participation;
    private final Clock clock;

    DashboardController(DashboardQueries queries, RecentParticipation participation, Clock clock) {
        this.queries = queries;
        this.participation = participation;
        this.clock = clock;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        if (user != null && !user.isFacilityStaff()) {
            return "redirect:" + user.getHome();
        }
        LocalDate today = LocalDate.now(clock);
        DashboardFigures figures = queries.figures(today, participation.months(today));
        model.addAttribute("figures", figures);
        model.addAttribute("chart", ParticipationChart.of(figures.months(), locale));
        model.addAttribute("year", today.getYear());
        return "report/dashboard";
    }
}
