package id.binaan.partner;

import id.binaan.shared.FormTokens;
import id.binaan.shared.InputContract;
import id.binaan.account.Accounts;
import id.binaan.account.CurrentUser;
import id.binaan.facility.Facilities;
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

/** The partner registry: list, register, show, edit, deactivate. */
@Controller
class PartnerController {

    private static final int PAGE_SIZE = 25;
    private static final String PAGE = "partner/form";

    private final PartnerService service;
    private final Accounts accounts;

    private final FormTokens formTokens;
    private final Facilities facilities;

    PartnerController(PartnerService service, Accounts accounts, FormTokens formTokens, Facilities facilities) {
        this.formTokens = formTokens;
        this.facilities = facilities;
        this.service = service;
        this.accounts = accounts;
    }

    @GetMapping("/partners")
    String list(@RequestParam(required = false) PartnerType type, @RequestParam(defaultValue = "active") String status,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Boolean active = switch (status) {
            case "inactive" -> false;
            case "all" -> null;
            default -> true;
        };
        model.addAttribute("partners", service.search(type, active, InputContract.page(page, PAGE_SIZE)));
        model.addAttribute("type", type);
        model.addAttribute("status", active == null ? "all" : active ? "active" : "inactive");
        model.addAttribute("types", PartnerType.values());
        return "partner/list";
    }

    @GetMapping("/partners/new")
    String newForm(Model model) {
        model.addAttribute("partnerForm", PartnerForm.empty());
        return form(model, null);
    }

    @PostMapping("/partners/new")
    @FormPage(PAGE)
    String create(@Valid @ModelAttribute PartnerForm partnerForm, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            @RequestParam(name = FormTokens.FIELD, required = false) String formToken) {
        String page = form(model, null);
        if (result.hasErrors()) {
            return page;
        }
        FormTokens.Saved saved = formTokens.once(formToken, user.getUsername(),
                () -> "/partners/" + service.register(user.getUsername(), partnerForm));
        if (saved.repeated()) {
            return FormTokens.alreadySaved(saved, redirect);
        }
        redirect.addFlashAttribute("flashKey", "partner.flash.created");
        redirect.addFlashAttribute("flashArg", partnerForm.name().strip());
        return saved.redirect();
    }

    @GetMapping("/partners/{id}")
    String show(@PathVariable Long id, Model model) {
        PartnerViews.Page page = service.page(id);
        model.addAttribute("page", page);
        model.addAttribute("partner", page.partner());
        model.addAttribute("liaisons", accounts.liaisonsOf(id));
        model.addAttribute("today", service.today());
        model.addAttribute("severalFacilities", !facilities.single());
        model.addAttribute("facilityOf", facilities.all().stream()
                .collect(java.util.stream.Collectors.toMap(Facilities.FacilityInfo::id, Facilities.FacilityInfo::name)));
        return "partner/detail";
    }

    @GetMapping("/partners/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        model.addAttribute("partnerForm", PartnerForm.of(service.detail(id)));
        return form(model, id);
    }

    @PostMapping("/partners/{id}/edit")
    @FormPage(PAGE)
    String update(@PathVariable Long id, @Valid @ModelAttribute PartnerForm partnerForm, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        service.detail(id);
        String page = form(model, id);
        if (result.hasErrors()) {
            return page;
        }
        service.update(user.getUsername(), id, partnerForm);
        return flash(redirect, "partner.flash.updated", partnerForm.name().strip(), id);
    }

    @GetMapping("/partners/{id}/deactivate")
    String confirmDeactivation(@PathVariable Long id, Model model) {
        model.addAttribute("partner", service.detail(id));
        return "partner/deactivate";
    }

    @PostMapping("/partners/{id}/deactivate")
    String deactivate(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        service.setActive(user.getUsername(), id, false);
        return flash(redirect, "partner.flash.deactivated", service.detail(id).name(), id);
    }

    @PostMapping("/partners/{id}/reactivate")
    String reactivate(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        service.setActive(user.getUsername(), id, true);
        return flash(redirect, "partner.flash.reactivated", service.detail(id).name(), id);
    }

    private String form(Model model, Long id) {
        model.addAttribute("partnerId", id);
        model.addAttribute("types", PartnerType.values());
        return PAGE;
    }

    static String flash(RedirectAttributes redirect, String key, String arg, Long partnerId) {
        redirect.addFlashAttribute("flashKey", key);
        redirect.addFlashAttribute("flashArg", arg);
        return "redirect:/partners/" + partnerId;
    }
}
