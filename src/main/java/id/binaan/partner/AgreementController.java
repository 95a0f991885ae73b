package id.binaan.partner;

import id.binaan.account.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
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

    private final PartnerService service;

    AgreementController(PartnerService service) {
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
    String create(@PathVariable Long id, @Valid @ModelAttribute AgreementForm agreementForm, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return save(id, null, agreementForm, result, user, model, redirect, response);
    }

    @PostMapping("/partners/{id}/agreements/{agreementId}/edit")
    String update(@PathVariable Long id, @PathVariable Long agreementId, @Valid @ModelAttribute AgreementForm agreementForm,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return save(id, agreementId, agreementForm, result, user, model, redirect, response);
    }

    private String save(Long id, Long agreementId, AgreementForm agreementForm, BindingResult result, CurrentUser user,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (agreementForm.datesOutOfOrder()) {
            result.rejectValue("validUntil", "partner.agreement.validUntil.beforeFrom");
        }
        if (result.hasErrors()) {
            return form(model, id, agreementId);
        }
        try {
            service.saveAgreement(user.getUsername(), id, agreementId, agreementForm);
        } catch (StaleVersionException | OptimisticLockingFailureException e) {
            result.reject("form.stale");
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, id, agreementId);
        }
        return PartnerController.flash(redirect, "partner.flash.agreementSaved", agreementForm.number().strip(), id);
    }

    private String form(Model model, Long id, Long agreementId) {
        model.addAttribute("partner", service.detail(id));
        model.addAttribute("agreementId", agreementId);
        model.addAttribute("scopes", AgreementScope.values());
        return "partner/agreement-form";
    }
}
