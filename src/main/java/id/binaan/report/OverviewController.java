package id.binaan.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.binaan.account.CurrentUser;
import id.binaan.facility.Facilities;
import id.binaan.shared.InputContract;

/**
 * The home pages of regional (/region) and national (/national) officers: the totals over the facilities of their
 * scope, then the facilities themselves fifty to a page (a nation has about 530), in the order of region and name.
 */
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

    static final int PAGE_SIZE = 50;

    @GetMapping("/region")
    String region(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("scopeName", facilities.region(user.getRegionId()).map(Facilities.RegionInfo::name).orElse(""));
        return page(model, false, page, "/region");
    }

    @GetMapping("/national")
    String national(@RequestParam(defaultValue = "0") int page, Model model) {
        return page(model, true, page, "/national");
    }

    private String page(Model model, boolean national, int page, String path) {
        LocalDate today = LocalDate.now(clock);
        FacilityOverview.Overview all = overview.of(today);
        PageRequest request = InputContract.page(page, PAGE_SIZE);
        List<FacilityOverview.FacilityLine> lines = all.lines();
        int from = (int) Math.min(request.getOffset(), lines.size());
        Page<FacilityOverview.FacilityLine> shown = new PageImpl<>(
                lines.subList(from, Math.min(from + PAGE_SIZE, lines.size())), request, lines.size());
        model.addAttribute("national", national);
        model.addAttribute("overview", all);
        model.addAttribute("lines", shown);
        model.addAttribute("previous", path + "?page=" + Math.max(0, shown.getNumber() - 1));
        model.addAttribute("next", path + "?page=" + (shown.getNumber() + 1));
        model.addAttribute("year", String.valueOf(today.getYear()));
        return "report/overview";
    }
}
