package id.binaan.program;

import java.util.List;

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

/** Cancelling sessions (with a reason, after seeing which) and rescheduling one. */
@Controller
class SessionChangeController {

    private final SessionScheduling scheduling;

    SessionChangeController(SessionScheduling scheduling) {
        this.scheduling = scheduling;
    }

    /** The sessions ticked on the program page, with the reason still to give. */
    @GetMapping("/programs/{id}/sessions/cancel")
    String confirmCancel(@PathVariable Long id, @RequestParam(name = "ids", required = false) List<Long> ids,
            Model model) {
        CancelForm form = new CancelForm();
        form.setIds(ids);
        model.addAttribute("form", form);
        return cancelForm(id, form, model);
    }

    @PostMapping("/programs/{id}/sessions/cancel")
    @FormPage("program/cancel-sessions")
    String cancel(@PathVariable Long id, @Valid @ModelAttribute("form") CancelForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        String page = cancelForm(id, form, model);
        if (errors.hasErrors()) {
            return page;
        }
        int count = scheduling.cancel(id, form.getIds(), form.getReason(), form.getNote(), user.getUsername());
        redirect.addFlashAttribute("flashKey", "session.flash.cancelled");
        redirect.addFlashAttribute("flashArg", count);
        return "redirect:/programs/" + id;
    }

    @GetMapping("/programs/{id}/sessions/{sessionId}/reschedule")
    String reschedule(@PathVariable Long id, @PathVariable Long sessionId, Model model) {
        Session session = scheduling.session(id, sessionId);
        SessionForm form = new SessionForm();
        form.setVersion(session.getVersion());
        form.setDate(session.getSessionDate());
        form.setStartTime(session.getStartTime());
        form.setEndTime(session.getEndTime());
        form.setJp(session.getJp());
        form.setTopic(session.getTopic());
        model.addAttribute("form", form);
        return rescheduleForm(id, session, model);
    }

    @PostMapping("/programs/{id}/sessions/{sessionId}/reschedule")
    @FormPage("program/reschedule")
    String reschedule(@PathVariable Long id, @PathVariable Long sessionId,
            @Valid @ModelAttribute("form") SessionForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        String page = rescheduleForm(id, scheduling.session(id, sessionId), model);
        if (errors.hasFieldErrors("date") || errors.hasFieldErrors("startTime") || errors.hasFieldErrors("endTime")) {
            return page;
        }
        scheduling.reschedule(id, sessionId, form, user.getUsername());
        redirect.addFlashAttribute("flashKey", "session.flash.rescheduled");
        return "redirect:/programs/" + id;
    }

    private String cancelForm(Long id, CancelForm form, Model model) {
        model.addAttribute("program", scheduling.program(id));
        model.addAttribute("chosen", scheduling.scheduled(id, form.getIds()));
        model.addAttribute("reasons", CancelReason.values());
        return "program/cancel-sessions";
    }

    private String rescheduleForm(Long id, Session session, Model model) {
        model.addAttribute("program", scheduling.program(id));
        model.addAttribute("moved", session);
        return "program/reschedule";
    }
}
