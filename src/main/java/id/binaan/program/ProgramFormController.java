package id.binaan.program;

import id.binaan.shared.FormTokens;
import java.util.List;

import id.binaan.account.CurrentUser;
import id.binaan.partner.Partners;
import id.binaan.partner.Partners.PartnerOption;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating and editing a training or a class. */
@Controller
class ProgramFormController {

    private static final String PAGE = "program/program-form";

    private final ProgramService service;
    private final Partners partners;
    private final FormTokens formTokens;

    ProgramFormController(ProgramService service, Partners partners, FormTokens formTokens) {
        this.formTokens = formTokens;
        this.service = service;
        this.partners = partners;
    }

    @GetMapping("/programs/new")
    String create(@RequestParam(defaultValue = "TRAINING") ProgramKind kind, Model model) {
        model.addAttribute("form", ProgramForm.blank(kind));
        return form(null, kind, model);
    }

    @PostMapping("/programs/new")
    @FormPage(PAGE)
    String create(@Valid @ModelAttribute("form") ProgramForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            @RequestParam(name = FormTokens.FIELD, required = false) String formToken) {
        if (form.getKind() == null) {
            form.setKind(ProgramKind.TRAINING);
        }
        String page = form(null, form.getKind(), model);
        if (errors.hasErrors()) {
            return page;
        }
        FormTokens.Saved saved = formTokens.once(formToken, user.getUsername(),
                () -> "/programs/" + service.create(form, user.getUsername()));
        if (saved.repeated()) {
            return FormTokens.alreadySaved(saved, redirect);
        }
        redirect.addFlashAttribute("flashKey", "program.flash.created");
        return saved.redirect();
    }

    @GetMapping("/programs/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        Program program = service.get(id);
        model.addAttribute("form", ProgramForm.of(program));
        return form(id, program.getKind(), model);
    }

    @PostMapping("/programs/{id}/edit")
    @FormPage(PAGE)
    String edit(@PathVariable Long id, @Valid @ModelAttribute("form") ProgramForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Program program = service.get(id);
        form.setKind(program.getKind()); // the kind never changes once created
        String page = form(id, program.getKind(), model);
        if (errors.hasErrors()) {
            return page;
        }
        service.update(id, form, user.getUsername());
        redirect.addFlashAttribute("flashKey", "program.flash.updated");
        return "redirect:/programs/" + id;
    }

    private String form(Long id, ProgramKind kind, Model model) {
        List<PartnerOption> options = partners.options().stream().filter(p -> kind.runBy().contains(p.type())).toList();
        model.addAttribute("programId", id);
        model.addAttribute("kind", kind);
        model.addAttribute("partners", options);
        model.addAttribute("levels", EducationLevel.values());
        model.addAttribute("audiences", Audience.values());
        return PAGE;
    }
}
