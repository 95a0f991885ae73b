package id.binaan.account;

import id.binaan.account.AccountAdministration.AccountDetails;
import id.binaan.account.AccountForms.ResetPassword;
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

/** Disabling and enabling an account (each after a confirmation) and resetting its password. */
@Controller
class AccountStatusController {

    private final AccountAdministration administration;
    private final PasswordPolicy policy;

    AccountStatusController(AccountAdministration administration, PasswordPolicy policy) {
        this.administration = administration;
        this.policy = policy;
    }

    @GetMapping({"/admin/users/{id}/disable", "/admin/users/{id}/enable"})
    String confirm(@PathVariable Long id, @AuthenticationPrincipal CurrentUser admin, Model model) {
        AccountDetails account = administration.get(id);
        refuseSelf(account, admin);
        model.addAttribute("account", account);
        return "admin/user-status";
    }

    @PostMapping("/admin/users/{id}/disable")
    String disable(@PathVariable Long id, @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
        refuseSelf(administration.get(id), admin);
        String username = administration.setEnabled(admin.getUsername(), id, false);
        return done(redirect, "account.disabled", username);
    }

    @PostMapping("/admin/users/{id}/enable")
    String enable(@PathVariable Long id, @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
        String username = administration.setEnabled(admin.getUsername(), id, true);
        return done(redirect, "account.enabled", username);
    }

    @GetMapping("/admin/users/{id}/password")
    String resetForm(@PathVariable Long id, Model model) {
        model.addAttribute("account", administration.get(id));
        model.addAttribute("form", new ResetPassword(""));
        return "admin/user-password";
    }

    @PostMapping("/admin/users/{id}/password")
    String reset(@PathVariable Long id, @ModelAttribute("form") ResetPassword form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
        AccountDetails account = administration.get(id);
        policy.problem(account.username(), form.password()).ifPresent(key -> errors.rejectValue("password", key));
        if (errors.hasErrors()) {
            model.addAttribute("account", account);
            return "admin/user-password";
        }
        String username = administration.resetPassword(admin.getUsername(), id, form.password());
        return done(redirect, "account.passwordReset", username);
    }

    private static void refuseSelf(AccountDetails account, CurrentUser admin) {
        if (account.username().equalsIgnoreCase(admin.getUsername())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private static String done(RedirectAttributes redirect, String key, String username) {
        redirect.addFlashAttribute("flashKey", key);
        redirect.addFlashAttribute("flashArg", username);
        return "redirect:/admin/users";
    }
}
