package id.binaan.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.binaan.facility.Facilities;
import id.binaan.shared.FormPage;

/** NATIONAL: the accounts of regional officers and facility administrators, beside the facilities. */
@Controller
class OfficerAccountController {

    static final String PAGE = "admin/officers";

    private final OfficerAccounts accounts;
    private final Facilities facilities;
    private final PasswordPolicy policy;

    OfficerAccountController(OfficerAccounts accounts, Facilities facilities, PasswordPolicy policy) {
        this.accounts = accounts;
        this.facilities = facilities;
        this.policy = policy;
    }

    /** A regional officer's account (with a region) or a facility administrator's (with a facility). */
    record OfficerForm(
            @NotBlank(message = "{account.username.required}")
            @Size(max = 50, message = "{account.username.size}")
            @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{account.username.pattern}") String username,
            @NotBlank(message = "{account.fullName.required}")
            @Size(max = 200, message = "{account.fullName.size}") String fullName,
            @NotNull(message = "{account.role.required}") Role role,
            Long regionId,
            Long facilityId,
            String password) {

        static OfficerForm empty() {
            return new OfficerForm("", "", null, null, null, "");
        }
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("officerRoles", OfficerAccounts.ROLES);
        model.addAttribute("regions", facilities.regions());
        model.addAttribute("facilities", facilities.all());
    }

    @GetMapping("/admin/facilities/accounts")
    String list(Model model) {
        model.addAttribute("form", OfficerForm.empty());
        return page(model);
    }

    @PostMapping("/admin/facilities/accounts")
    @FormPage(PAGE)
    String create(@Valid @ModelAttribute("form") OfficerForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser officer, Model model, RedirectAttributes redirect) {
        String page = page(model);
        policy.problem(form.username(), form.password()).ifPresent(key -> errors.rejectValue("password", key));
        // which place the role needs is part of filling in the form, told with the other fields' messages
        if (form.role() == Role.REGIONAL && form.regionId() == null) {
            errors.rejectValue("regionId", "officer.region.required");
        }
        if (form.role() == Role.ADMIN && form.facilityId() == null) {
            errors.rejectValue("facilityId", "officer.facility.required");
        }
        if (errors.hasErrors()) {
            return page;
        }
        accounts.create(officer.getUsername(), form.username(), form.fullName(), form.role(), form.regionId(),
                form.facilityId(), form.password());
        redirect.addFlashAttribute("flashKey", "account.created");
        redirect.addFlashAttribute("flashArg", form.username().strip());
        return "redirect:/admin/facilities/accounts";
    }

    private String page(Model model) {
        model.addAttribute("officers", accounts.list());
        return PAGE;
    }
}
