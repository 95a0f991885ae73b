package id.binaan.report;

import id.binaan.facility.Facilities;
import id.binaan.shared.Scope;

import java.time.Clock;
import java.time.LocalDate;

import id.binaan.inmate.Inmates;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** An inmate's participation on one printable page, for the observation board (TPP) and remission files. */
@Controller
class EvidencePackController {

    private final Inmates inmates;
    private final Participation participation;
    private final Clock clock;
    private final Facilities facilities;

    EvidencePackController(Inmates inmates, Participation participation, Clock clock,
            Facilities facilities) {
        this.facilities = facilities;
        this.inmates = inmates;
        this.participation = participation;
        this.clock = clock;
    }

    @GetMapping("/inmates/{id}/evidence")
    String evidence(@PathVariable Long id, Model model) {
        model.addAttribute("inmate", inmates.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("lines", participation.of(id));
        model.addAttribute("breakdown", participation.breakdown(id));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("facilityName", facilities.find(Scope.current().homeFacility())
                .map(Facilities.FacilityInfo::name).orElse(""));
        return "report/evidence";
    }
}
