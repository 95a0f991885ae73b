package id.binaan.account;

import id.binaan.account.AccountForms.ChangePassword;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in user changes their own password; the current one is required. */
@Controller
class PasswordController {

    private final AccountAdministration administration;
    private final PasswordPolicy policy;

    PasswordController(AccountAdministration administration, PasswordPolicy policy) {
        this.administration = administration;
        this.policy = policy;
    }

    @GetMapping("/account/password")
    String form(HttpSession session, Model model) {
        model.addAttribute("form", new ChangePassword("", "", ""));
        model.addAttribute("mustChange", session.getAttribute(PasswordChangeRequired.ATTRIBUTE) != null);
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(@Valid @ModelAttribute("form") ChangePassword form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, HttpSession session, Model model, RedirectAttributes redirect) {
        policy.problem(user.getUsername(), form.newPassword()).ifPresent(key -> errors.rejectValue("newPassword", key));
        if (form.newPassword() != null && !form.newPassword().equals(form.confirmation())) {
            errors.rejectValue("confirmation", "password.mismatch");
        }
        if (!errors.hasErrors()) {
            AccountAdministration.PasswordChange change = administration.changeOwnPassword(user.getUsername(),
                    form.currentPassword(), form.newPassword());
            if (!change.changed()) {
                errors.rejectValue("currentPassword", change.refusal());
            }
        }
        if (errors.hasErrors()) {
            model.addAttribute("mustChange", session.getAttribute(PasswordChangeRequired.ATTRIBUTE) != null);
            return "account/password";
        }
        session.removeAttribute(PasswordChangeRequired.ATTRIBUTE);
        redirect.addFlashAttribute("flashKey", "password.changed");
        return user.isPartner() ? "redirect:/sessions" : "redirect:/";
    }
}
