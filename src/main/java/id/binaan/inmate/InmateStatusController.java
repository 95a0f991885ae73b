package id.binaan.inmate;

import id.binaan.account.CurrentUser;
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

/** Release and transfer: a confirmation page with the date, then the irreversible change. */
@Controller
class InmateStatusController {

    private static final String PAGE = "inmate/leave";

    private final Inmates inmates;

    InmateStatusController(Inmates inmates) {
        this.inmates = inmates;
    }

    @GetMapping({"/inmates/{id}/release", "/inmates/{id}/transfer"})
    String confirm(@PathVariable Long id, Model model, jakarta.servlet.http.HttpServletRequest request) {
        return page(id, kindOf(request.getRequestURI()), new LeaveForm(inmates.today()), model);
    }

    @PostMapping("/inmates/{id}/release")
    String release(@PathVariable Long id, @Valid @ModelAttribute("leave") LeaveForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                inmates.release(user.getUsername(), id, form.getDate());
                return done(redirect, "inmate.released", id);
            } catch (InmateRuleException e) {
                errors.rejectValue(e.field(), e.code());
            }
        }
        return page(id, "release", form, model);
    }

    @PostMapping("/inmates/{id}/transfer")
    String transfer(@PathVariable Long id, @Valid @ModelAttribute("leave") LeaveForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                inmates.transfer(user.getUsername(), id, form.getDate(), form.getDestination());
                return done(redirect, "inmate.transferred", id);
            } catch (InmateRuleException e) {
                errors.rejectValue(e.field(), e.code());
            }
        }
        return page(id, "transfer", form, model);
    }

    private String page(Long id, String kind, LeaveForm form, Model model) {
        model.addAttribute("view", inmates.view(id));
        model.addAttribute("kind", kind);
        if (!model.containsAttribute("leave")) {
            model.addAttribute("leave", form);
        }
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
