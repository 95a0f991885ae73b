package id.binaan.program;

import java.time.Clock;
import java.time.LocalDate;

import id.binaan.account.CurrentUser;
import id.binaan.shared.FormPage;
import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Past sessions nobody recorded attendance for, cancelled all at once with one reason: first a page that says how
 * many, then the cancellation. For the facility's staff; a liaison records or confirms, never cancels.
 */
@Controller
class UnrecordedSessionsController {

    private final SessionScheduling scheduling;
    private final Clock clock;

    UnrecordedSessionsController(SessionScheduling scheduling, Clock clock) {
        this.scheduling = scheduling;
        this.clock = clock;
    }

    @GetMapping("/sessions/unrecorded/cancel")
    String confirm(@RequestParam(required = false) Long program, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        staffOnly(user);
        UnrecordedForm form = new UnrecordedForm();
        form.setProgram(program);
        int count = scheduling.unrecordedCount(LocalDate.now(clock), program);
        form.setShown(count);
        model.addAttribute("form", form);
        return page(count, model);
    }

    @PostMapping("/sessions/unrecorded/cancel")
    @FormPage("program/cancel-unrecorded")
    String cancel(@Valid @ModelAttribute("form") UnrecordedForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        staffOnly(user);
        LocalDate today = LocalDate.now(clock);
        int count = scheduling.unrecordedCount(today, form.getProgram());
        if (form.getShown() != null && form.getShown() != count) {
            errors.reject("session.unrecorded.changed");
            form.setShown(count);
        }
        if (errors.hasErrors()) {
            return page(count, model);
        }
        int cancelled = scheduling.cancelUnrecorded(today, form.getProgram(), form.getReason(), form.getNote(), user.getUsername());
        redirect.addFlashAttribute("flashKey", "session.flash.cancelled");
        redirect.addFlashAttribute("flashArg", cancelled);
        return form.getProgram() == null ? "redirect:/sessions/pending" : "redirect:/programs/" + form.getProgram();
    }

    private String page(int count, Model model) {
        model.addAttribute("count", count);
        Long program = ((UnrecordedForm) model.getAttribute("form")).getProgram();
        model.addAttribute("programTitle", program == null ? null : scheduling.program(program).getTitle());
        model.addAttribute("reasons", CancelReason.values());
        return "program/cancel-unrecorded";
    }

    private static void staffOnly(CurrentUser user) {
        if (user.isPartner()) {
            throw new AccessDeniedException("Cancelling sessions is for the facility's staff");
        }
    }
}
