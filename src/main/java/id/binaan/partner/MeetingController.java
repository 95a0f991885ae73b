package id.binaan.partner;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Coordination meetings with a partner, their follow-up actions, and the open ones across partners. */
@Controller
class MeetingController {

    private final PartnerService partners;
    private final MeetingService service;

    private final FormTokens formTokens;

    MeetingController(PartnerService partners, MeetingService service, FormTokens formTokens) {
        this.formTokens = formTokens;
        this.partners = partners;
        this.service = service;
    }

    @GetMapping("/partners/follow-ups")
    String openFollowUps(Model model) {
        model.addAttribute("followUps", service.openFollowUps());
        model.addAttribute("today", partners.today());
        return "partner/follow-ups";
    }

    @GetMapping("/partners/{id}/meetings/new")
    String newForm(@PathVariable Long id, Model model) {
        model.addAttribute("meetingForm", MeetingForm.empty());
        return form(model, id, null);
    }

    @PostMapping("/partners/{id}/meetings/new")
    String create(@PathVariable Long id, @Valid @ModelAttribute MeetingForm meetingForm, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            @RequestParam(name = FormTokens.FIELD, required = false) String formToken) {
        if (result.hasErrors()) {
            return form(model, id, null);
        }
        FormTokens.Saved saved = formTokens.once(formToken, user.getUsername(), () -> "/partners/" + id + "/meetings/"
                + service.save(user.getUsername(), id, null, meetingForm) + "/edit");
        if (saved.repeated()) {
            return FormTokens.alreadySaved(saved, redirect);
        }
        redirect.addFlashAttribute("flashKey", "partner.flash.meetingSaved");
        return saved.redirect();
    }

    @GetMapping("/partners/{id}/meetings/{meetingId}/edit")
    String editForm(@PathVariable Long id, @PathVariable Long meetingId, Model model) {
        model.addAttribute("meetingForm", service.form(id, meetingId));
        return form(model, id, meetingId);
    }

    @PostMapping("/partners/{id}/meetings/{meetingId}/edit")
    @FormPage(value = "partner/meeting-form", form = "meetingForm")
    String update(@PathVariable Long id, @PathVariable Long meetingId, @Valid @ModelAttribute MeetingForm meetingForm,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        String page = form(model, id, meetingId);
        if (result.hasErrors()) {
            return page;
        }
        service.save(user.getUsername(), id, meetingId, meetingForm);
        redirect.addFlashAttribute("flashKey", "partner.flash.meetingSaved");
        return "redirect:/partners/" + id;
    }

    @PostMapping("/partners/{id}/meetings/{meetingId}/follow-ups")
    String addFollowUp(@PathVariable Long id, @PathVariable Long meetingId, @Valid @ModelAttribute FollowUpForm followUpForm,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            @RequestParam(name = FormTokens.FIELD, required = false) String formToken) {
        if (result.hasErrors()) {
            model.addAttribute("meetingForm", service.form(id, meetingId));
            return form(model, id, meetingId);
        }
        FormTokens.Saved saved = formTokens.once(formToken, user.getUsername(), () -> {
            service.addFollowUp(user.getUsername(), id, meetingId, followUpForm);
            return "/partners/" + id + "/meetings/" + meetingId + "/edit";
        });
        if (saved.repeated()) {
            return FormTokens.alreadySaved(saved, redirect);
        }
        redirect.addFlashAttribute("flashKey", "partner.flash.followUpAdded");
        redirect.addFlashAttribute("flashArg", followUpForm.description().strip());
        return saved.redirect();
    }

    @PostMapping("/partners/{id}/follow-ups/{followUpId}/done")
    String markDone(@PathVariable Long id, @PathVariable Long followUpId, @RequestParam(defaultValue = "") String from,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        service.markDone(user.getUsername(), id, followUpId);
        redirect.addFlashAttribute("flashKey", "partner.flash.followUpDone");
        return "list".equals(from) ? "redirect:/partners/follow-ups" : "redirect:/partners/" + id;
    }

    private String form(Model model, Long id, Long meetingId) {
        model.addAttribute("partner", partners.detail(id));
        model.addAttribute("meetingId", meetingId);
        if (meetingId != null) {
            model.addAttribute("meeting", service.view(id, meetingId));
            if (!model.containsAttribute("followUpForm")) {
                model.addAttribute("followUpForm", FollowUpForm.empty());
            }
        }
        return "partner/meeting-form";
    }
}
