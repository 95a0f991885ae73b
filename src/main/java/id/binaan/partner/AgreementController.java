package id.binaan.partner;

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

/** Agreements (PKS / MoU) of a partner. */
@Controller
class AgreementController {

    private static final String PAGE = "partner/agreement-form";

    private final PartnerService service;

    private final FormTokens formTokens;

    AgreementController(PartnerService service, FormTokens formTokens) {
        this.formTokens = formTokens;
        this.service = service;
    }

    @GetMapping("/partners/{id}/agreements/new")
    String newForm(@PathVariable Long id, Model model) {
        model.addAttribute("agreementForm", AgreementForm.empty());
        return form(model, id, null);
    }

    @GetMapping("/partners/{id}/agreements/{agreementId}/edit")
    String editForm(@PathVariable Long id, @PathVariable Long agreementId, Model model) {
        model.addAttribute("agreementForm", service.agreementForm(id, agreementId));
        return form(model, id, agreementId);
    }

    @PostMapping("/partners/{id}/agreements/new")
    @FormPage(PAGE)
    String create(@PathVariable Long id, @Valid @ModelAttribute AgreementForm agreementForm, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            @RequestParam(name = FormTokens.FIELD, required = false) String formToken) {
        return save(id, null, agreementForm, result, user, model, redirect, formToken);
    }

    @PostMapping("/partners/{id}/agreements/{agreementId}/edit")
    @FormPage(PAGE)
    String update(@PathVariable Long id, @PathVariable Long agreementId, @Valid @ModelAttribute AgreementForm agreementForm,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return save(id, agreementId, agreementForm, result, user, model, redirect, null);
    }

    private String save(Long id, Long agreementId, AgreementForm agreementForm, BindingResult result, CurrentUser user,
            Model model, RedirectAttributes redirect, String formToken) {
        String page = form(model, id, agreementId);
        if (result.hasErrors()) {
            return page;
        }
        FormTokens.Saved saved = formTokens.once(formToken, user.getUsername(), () -> {
            service.saveAgreement(user.getUsername(), id, agreementId, agreementForm);
            return "/partners/" + id;
        });
        if (saved.repeated()) {
            return FormTokens.alreadySaved(saved, redirect);
        }
        return PartnerController.flash(redirect, "partner.flash.agreementSaved", agreementForm.number().strip(), id);
    }

    private String form(Model model, Long id, Long agreementId) {
        model.addAttribute("partner", service.detail(id));
        model.addAttribute("agreementId", agreementId);
        model.addAttribute("scopes", AgreementScope.values());
        return PAGE;
    }
}
