package id.binaan.account;

import id.binaan.account.AccountAdministration.AccountDetails;
import id.binaan.account.AccountForms.EditAccount;
import id.binaan.account.AccountForms.NewAccount;
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

/** The account list, and creating and editing accounts (ADMIN only, by the /admin/** rule). */
@Controller
class AccountController {

    private final AccountAdministration administration;
    private final PasswordPolicy policy;
    private final Institutions partners;

    AccountController(AccountAdministration administration, PasswordPolicy policy, Institutions partners) {
        this.administration = administration;
        this.policy = policy;
        this.partners = partners;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("roles", AccountAdministration.FACILITY_ROLES);
        model.addAttribute("partnerOptions", partners.active());
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("accounts", administration.list());
        return "admin/users";
    }

    @GetMapping("/admin/users/new")
    String newForm(Model model) {
        model.addAttribute("form", NewAccount.empty());
        return "admin/user-new";
    }

    @PostMapping("/admin/users")
    @FormPage("admin/user-new")
    String create(@Valid @ModelAttribute("form") NewAccount form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
        policy.problem(form.username(), form.password()).ifPresent(key -> errors.rejectValue("password", key));
        if (errors.hasErrors()) {
            return "admin/user-new";
        }
        Long id = administration.create(admin.getUsername(), form.username(), form.fullName(), form.role(),
                form.partnerId(), form.password());
        redirect.addFlashAttribute("flashKey", "account.created");
        redirect.addFlashAttribute("flashArg", form.username().strip().toLowerCase());
        return "redirect:/admin/users/" + id;
    }

    @GetMapping("/admin/users/{id}")
    String edit(@PathVariable Long id, Model model) {
        AccountDetails account = administration.get(id);
        model.addAttribute("account", account);
        model.addAttribute("form", new EditAccount(account.fullName(), account.role(), account.partnerId(), account.version()));
        return "admin/user-edit";
    }

    @PostMapping("/admin/users/{id}")
    @FormPage("admin/user-edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") EditAccount form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
        AccountDetails account = administration.get(id);
        model.addAttribute("account", account);
        if (errors.hasErrors()) {
            return "admin/user-edit";
        }
        administration.update(admin.getUsername(), id, form.version(), form.fullName(), form.role(), form.partnerId());
        redirect.addFlashAttribute("flashKey", "account.saved");
        redirect.addFlashAttribute("flashArg", account.username());
        return "redirect:/admin/users";
    }
}
