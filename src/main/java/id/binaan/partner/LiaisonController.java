package id.binaan.partner;

import id.binaan.account.Accounts;
import id.binaan.account.CurrentUser;
import id.binaan.account.Role;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An administrator creates a liaison account bound to a partner, from the partner's page. */
@Controller
class LiaisonController {

    private final PartnerService partners;
    private final Accounts accounts;

    LiaisonController(PartnerService partners, Accounts accounts) {
        this.partners = partners;
        this.accounts = accounts;
    }

    @GetMapping("/partners/{id}/liaisons/new")
    String newForm(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        requireAdmin(user);
        model.addAttribute("liaisonForm", LiaisonForm.empty());
        return form(model, id);
    }

    @PostMapping("/partners/{id}/liaisons/new")
    String create(@PathVariable Long id, @Valid @ModelAttribute LiaisonForm liaisonForm, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        requireAdmin(user);
        PartnerViews.Detail partner = partners.detail(id);
        if (liaisonForm.passwordsDiffer()) {
            result.rejectValue("passwordRepeat", "partner.liaison.passwordRepeat.differs");
        }
        if (result.hasErrors()) {
            return form(model, id);
        }
        if (!accounts.createIfAbsent(user.getUsername(), liaisonForm.username().strip(), liaisonForm.fullName().strip(),
                Role.PARTNER, partner.id(), liaisonForm.password())) {
            result.rejectValue("username", "partner.liaison.username.taken");
            return form(model, id);
        }
        return PartnerController.flash(redirect, "partner.flash.liaisonCreated", liaisonForm.username().strip(), id);
    }

    private static void requireAdmin(CurrentUser user) {
        if (user == null || !user.isAdmin()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private String form(Model model, Long id) {
        model.addAttribute("partner", partners.detail(id));
        return "partner/liaison-form";
    }
}
