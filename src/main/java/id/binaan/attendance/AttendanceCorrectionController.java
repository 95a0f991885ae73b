package id.binaan.attendance;

import java.util.Map;

import id.binaan.account.CurrentUser;
import id.binaan.attendance.AttendanceForms.CorrectionForm;
import id.binaan.shared.FormPage;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Correcting a confirmed session's attendance: one participant at a time, with a reason, by an ADMIN (DESIGN.md
 * rule 4; the session's lock decides, the page only asks it).
 */
@Controller
class AttendanceCorrectionController {

    private static final String PAGE = "attendance/correct";

    private final AttendanceService service;

    AttendanceCorrectionController(AttendanceService service) {
        this.service = service;
    }

    @GetMapping("/sessions/{id:\\d+}/corrections/{enrollmentId:\\d+}")
    String form(@PathVariable Long id, @PathVariable Long enrollmentId, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        model.addAttribute("correctionForm", new CorrectionForm(null));
        return page(user, id, enrollmentId, null, model);
    }

    @PostMapping("/sessions/{id:\\d+}/corrections/{enrollmentId:\\d+}")
    @FormPage(PAGE)
    String correct(@PathVariable Long id, @PathVariable Long enrollmentId,
            @Valid @ModelAttribute("correctionForm") CorrectionForm form, BindingResult errors,
            @RequestParam Map<String, String> params, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        Attendance.Mark chosen = AttendanceForms.marks(params, errors).get(enrollmentId);
        String page = page(user, id, enrollmentId, chosen, model);
        if (errors.hasErrors()) {
            return page;
        }
        service.correct(user, id, enrollmentId, chosen, form.correctionReason());
        redirect.addFlashAttribute("flashKey", "attendance.corrected");
        return "redirect:/sessions/" + id;
    }

    /** The participant's line as recorded, or as just chosen when a correction is refused. */
    private String page(CurrentUser user, Long id, Long enrollmentId, Attendance.Mark chosen, Model model) {
        AttendanceSheet sheet = service.sheet(user, id);
        AttendanceSheet.Line line = sheet.lines().stream().filter(l -> l.enrollmentId().equals(enrollmentId))
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("sheet", sheet);
        model.addAttribute("recorded", line);
        model.addAttribute("line", chosen == null ? line : line.as(chosen));
        model.addAttribute("statuses", AttendanceStatus.values());
        model.addAttribute("reasons", AbsenceReason.values());
        return PAGE;
    }
}
