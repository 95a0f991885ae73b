package id.binaan.inmate;

import id.binaan.facility.Facilities;
import id.binaan.shared.Scope;

import id.binaan.account.CurrentUser;
import id.binaan.shared.FormPage;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Release and transfer: a confirmation page with the date (and the release type or destination) and the
 * enrollments that will end, then the irreversible change.
 */
@Controller
class InmateStatusController {

    private static final String PAGE = "inmate/leave";

    private final Inmates inmates;
    private final Facilities facilities;

    InmateStatusController(Inmates inmates, Facilities facilities) {
        this.inmates = inmates;
        this.facilities = facilities;
    }

    @GetMapping({"/inmates/{id}/release", "/inmates/{id}/transfer"})
    String confirm(@PathVariable Long id, Model model, jakarta.servlet.http.HttpServletRequest request) {
        model.addAttribute("leave", new LeaveForm(inmates.today()));
        return page(id, kindOf(request.getRequestURI()), model);
    }

    @PostMapping("/inmates/{id}/release")
    @FormPage(PAGE)
    String release(@PathVariable Long id, @Valid @ModelAttribute("leave") LeaveForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        String page = page(id, "release", model);
        if (errors.hasErrors()) {
            return page;
        }
        inmates.release(user.getUsername(), id, form.getDate(), form.getReleaseType());
        return done(redirect, "inmate.released", id);
    }

    @PostMapping("/inmates/{id}/transfer")
    @FormPage(PAGE)
    String transfer(@PathVariable Long id, @Valid @ModelAttribute("leave") LeaveForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        String page = page(id, "transfer", model);
        if (errors.hasErrors()) {
            return page;
        }
        inmates.transfer(user.getUsername(), id, form.getDate(), form.getDestinationFacilityId(), form.getDestination());
        return done(redirect, "inmate.transferred", id);
    }

    private String page(Long id, String kind, Model model) {
        model.addAttribute("view", inmates.view(id));
        model.addAttribute("kind", kind);
        model.addAttribute("today", inmates.today());
        model.addAttribute("releaseTypes", ReleaseType.values());
        // the other facilities of this Binaan, which receive the person with their learning record
        model.addAttribute("facilities", facilities.single() ? java.util.List.of()
                : facilities.all().stream().filter(f -> !f.id().equals(Scope.current().homeFacility())).toList());
        return PAGE;
    }

    private String done(RedirectAttributes redirect, String key, Long id) {
        redirect.addFlashAttribute("flashKey", key);
        redirect.addFlashAttribute("flashArg", inmates.view(id).details().fullName());
        return "redirect:/inmates/" + id;
    }

    private static String kindOf(String uri) {
        return uri.endsWith("/transfer") ? "transfer" : "release";
    }
}
