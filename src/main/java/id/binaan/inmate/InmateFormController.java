package id.binaan.inmate;

import id.binaan.account.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registering an inmate and correcting their details. */
@Controller
class InmateFormController {

    private static final String FORM = "inmate/form";

    private final Inmates inmates;

    InmateFormController(Inmates inmates) {
        this.inmates = inmates;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("legalStatuses", LegalStatus.values());
        model.addAttribute("educations", Education.values());
    }

    @GetMapping("/inmates/new")
    String newForm(Model model) {
        model.addAttribute("inmate", new InmateForm());
        return FORM;
    }

    @PostMapping("/inmates")
    String create(@Valid @ModelAttribute("inmate") InmateForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        if (!valid(form, errors, null)) {
            return FORM;
        }
        try {
            Inmate inmate = inmates.create(user.getUsername(), form.details());
            return saved(redirect, "inmate.created", inmate.getRegistrationNumber(), inmate.getId());
        } catch (InmateRuleException e) {
            errors.rejectValue(e.field(), e.code());
        } catch (DataIntegrityViolationException e) {
            errors.rejectValue("registrationNumber", "inmate.error.registrationNumber.taken");
        }
        return FORM;
    }

    @GetMapping("/inmates/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        InmateView view = inmates.view(id);
        model.addAttribute("inmate", InmateForm.of(view));
        model.addAttribute("inmateId", id);
        return FORM;
    }

    @PostMapping("/inmates/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("inmate") InmateForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Model model,
            HttpServletResponse response) {
        model.addAttribute("inmateId", id);
        if (!valid(form, errors, id)) {
            return FORM;
        }
        try {
            inmates.update(user.getUsername(), id, form.getVersion() == null ? -1 : form.getVersion(), form.details());
            return saved(redirect, "inmate.updated", RegistrationNumber.normalize(form.getRegistrationNumber()).orElseThrow(), id);
        } catch (StaleInmateException e) {
            errors.reject("form.stale");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        } catch (InmateRuleException e) {
            errors.rejectValue(e.field(), e.code());
        } catch (DataIntegrityViolationException e) {
            errors.rejectValue("registrationNumber", "inmate.error.registrationNumber.taken");
        }
        return FORM;
    }

    private boolean valid(InmateForm form, BindingResult errors, Long self) {
        if (!errors.hasFieldErrors("registrationNumber") && inmates.taken(form.getRegistrationNumber(), self)) {
            errors.rejectValue("registrationNumber", "inmate.error.registrationNumber.taken");
        }
        InmateRules.check(form.details(), inmates.today(), (field, code) -> {
            if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, code);
            }
        });
        return !errors.hasErrors();
    }

    private static String saved(RedirectAttributes redirect, String key, String arg, Long id) {
        redirect.addFlashAttribute("flashKey", key);
        redirect.addFlashAttribute("flashArg", arg);
        return "redirect:/inmates/" + id;
    }
}
