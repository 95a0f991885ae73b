package id.binaan.report;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.binaan.account.CurrentUser;
import id.binaan.facility.Facilities;

/** The home pages of regional (/region) and national (/national) officers: the facilities of their scope. */
@Controller
class OverviewController {

    private final FacilityOverview overview;
    private final Facilities facilities;
    private final Clock clock;

    OverviewController(FacilityOverview overview, Facilities facilities, Clock clock) {
        this.overview = overview;
        this.facilities = facilities;
        this.clock = clock;
    }

    @GetMapping("/region")
    String region(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("scopeName", facilities.region(user.getRegionId()).map(Facilities.RegionInfo::name).orElse(""));
        return page(model, false);
    }

    @GetMapping("/national")
    String national(Model model) {
        return page(model, true);
    }

    private String page(Model model, boolean national) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("national", national);
        model.addAttribute("overview", overview.of(today));
        model.addAttribute("year", String.valueOf(today.getYear()));
        return "report/overview";
    }
}
