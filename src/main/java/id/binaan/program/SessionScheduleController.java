package id.binaan.program;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.binaan.account.CurrentUser;
import id.binaan.shared.FormPage;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** Adding one session to a program, or a series from a weekly pattern after a preview. */
@Controller
class SessionScheduleController {

    private final SessionScheduling scheduling;
    private final MessageSource messages;

    SessionScheduleController(SessionScheduling scheduling, MessageSource messages) {
        this.scheduling = scheduling;
        this.messages = messages;
    }

    @GetMapping("/programs/{id}/sessions/new")
    String add(@PathVariable Long id, Model model) {
        model.addAttribute("form", new SessionForm());
        return addForm(id, model);
    }

    @PostMapping("/programs/{id}/sessions/new")
    @FormPage("program/session-form")
    String add(@PathVariable Long id, @Valid @ModelAttribute("form") SessionForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        String page = addForm(id, model);
        if (errors.hasErrors()) {
            return page;
        }
        scheduling.add(id, form, user.getUsername());
        redirect.addFlashAttribute("flashKey", "session.flash.added");
        return "redirect:/programs/" + id;
    }

    @GetMapping("/programs/{id}/sessions/generate")
    String generate(@PathVariable Long id, Model model) {
        Program program = scheduling.program(id);
        PatternForm form = new PatternForm();
        form.setFrom(program.getStartDate());
        form.setTo(program.getEndDate());
        model.addAttribute("form", form);
        return patternForm(program, model);
    }

    /** The first post shows the dates the pattern yields; the second ({@code save}) stores them. */
    @PostMapping("/programs/{id}/sessions/generate")
    @FormPage("program/generate")
    String generate(@PathVariable Long id, @Valid @ModelAttribute("form") PatternForm form, BindingResult errors,
            @RequestParam(required = false) String save, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        String page = patternForm(scheduling.program(id), model);
        List<LocalDate> extra = form.extraDates();
        if (extra == null) {
            errors.rejectValue("extraDaysOff", "session.error.extraDaysOff");
        }
        if (errors.hasErrors()) {
            return page;
        }
        WeeklyPattern pattern = form.pattern();
        String extraName = messages.getMessage("session.extraDayOff", null, LocaleContextHolder.getLocale());
        Map<LocalDate, String> daysOff = scheduling.daysOff(form.getFrom(), form.getTo(), extra, extraName);
        if (save == null) {
            WeeklyPattern.Plan plan = scheduling.preview(id, pattern, daysOff);
            model.addAttribute("plan", plan);
            int totalJp = plan.dates().size() * pattern.jp();
            model.addAttribute("totalJp", totalJp);
            model.addAttribute("jpAlready", scheduling.jpScheduled(id));
            return page;
        }
        int count = scheduling.generate(id, pattern, daysOff, form.getTopic(), user.getUsername());
        redirect.addFlashAttribute("flashKey", "session.flash.generated");
        redirect.addFlashAttribute("flashArg", count);
        return "redirect:/programs/" + id;
    }

    private String addForm(Long id, Model model) {
        model.addAttribute("program", scheduling.program(id));
        return "program/session-form";
    }

    private String patternForm(Program program, Model model) {
        model.addAttribute("program", program);
        model.addAttribute("weekdays", DayOfWeek.values());
        return "program/generate";
    }
}
