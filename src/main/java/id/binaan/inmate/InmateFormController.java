package id.binaan.inmate;

import org.springframework.web.bind.annotation.RequestParam;
import id.binaan.shared.FormTokens;
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

/** Registering an inmate and correcting their details; the rules are {@link InmateRules} and {@link Inmates}'. */
@Controller
class InmateFormController {

    private static final String FORM = "inmate/form";

    private final Inmates inmates;

    private final FormTokens formTokens;

    InmateFormController(Inmates inmates, FormTokens formTokens) {
        this.formTokens = formTokens;
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
    @FormPage(FORM)
    String create(@Valid @ModelAttribute("inmate") InmateForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect,
            @RequestParam(name = FormTokens.FIELD, required = false) String formToken) {
        if (errors.hasErrors()) {
            return FORM;
        }
        String[] number = new String[1];
        FormTokens.Saved saved = formTokens.once(formToken, user.getUsername(), () -> {
            Inmate inmate = inmates.create(user.getUsername(), form.details());
            number[0] = inmate.getRegistrationNumber();
            return "/inmates/" + inmate.getId();
        });
        if (saved.repeated()) {
            return FormTokens.alreadySaved(saved, redirect);
        }
        redirect.addFlashAttribute("flashKey", "inmate.created");
        redirect.addFlashAttribute("flashArg", number[0]);
        return saved.redirect();
    }

    @GetMapping("/inmates/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        InmateView view = inmates.view(id);
        model.addAttribute("inmate", InmateForm.of(view));
        model.addAttribute("inmateId", id);
        return FORM;
    }

    @PostMapping("/inmates/{id}")
    @FormPage(FORM)
    String update(@PathVariable Long id, @Valid @ModelAttribute("inmate") InmateForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Model model) {
        model.addAttribute("inmateId", id);
        if (errors.hasErrors()) {
            return FORM;
        }
        inmates.update(user.getUsername(), id, form.getVersion(), form.details());
        return saved(redirect, "inmate.updated", RegistrationNumber.normalize(form.getRegistrationNumber()).orElseThrow(), id);
    }

    private static String saved(RedirectAttributes redirect, String key, String arg, Long id) {
        redirect.addFlashAttribute("flashKey", key);
        redirect.addFlashAttribute("flashArg", arg);
        return "redirect:/inmates/" + id;
    }
}
