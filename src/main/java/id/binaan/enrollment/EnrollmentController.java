package id.binaan.enrollment;

import java.util.List;

import id.binaan.account.CurrentUser;
import id.binaan.inmate.InmateSummary;
import id.binaan.inmate.Inmates;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Enrolling one inmate in a program: pick, see the eligibility panel, enroll. */
@Controller
class EnrollmentController {

    private final EnrollmentService service;
    private final EligibilityPanel panel;
    private final Inmates inmates;

    EnrollmentController(EnrollmentService service, EligibilityPanel panel, Inmates inmates) {
        this.service = service;
        this.panel = panel;
        this.inmates = inmates;
    }

    @GetMapping("/programs/{programId}/enrollments")
    String roster(@PathVariable Long programId, Model model) {
        model.addAttribute("program", service.program(programId));
        return "enrollment/program";
    }

    @GetMapping("/programs/{programId}/enrollments/new")
    String start(@PathVariable Long programId, @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long inmateId, Model model) {
        model.addAttribute("program", service.program(programId));
        model.addAttribute("q", q);
        List<InmateSummary> found = q.isBlank() ? List.of() : inmates.search(q.strip(), 20);
        model.addAttribute("candidates", found);
        if (inmateId != null) {
            showPanel(programId, inmateId, "", model);
        }
        return "enrollment/new";
    }

    @PostMapping("/programs/{programId}/enrollments")
    String enroll(@PathVariable Long programId, @RequestParam(required = false) Long inmateId,
            @RequestParam(defaultValue = "") String overrideReason, @AuthenticationPrincipal CurrentUser user,
            Model model, RedirectAttributes redirect) {
        if (inmateId == null) {
            redirect.addFlashAttribute("problemKey", "enrollment.pickInmate");
            return "redirect:/programs/" + programId + "/enrollments/new";
        }
        if (overrideReason.length() > 1000) {
            model.addAttribute("overrideError", "enrollment.override.tooLong");
            return rerender(programId, inmateId, overrideReason, model);
        }
        EnrollmentService.Attempt attempt = service.enroll(user.getUsername(), programId, inmateId, overrideReason);
        if (attempt.blocked()) {
            model.addAttribute("refused", true);
            return rerender(programId, inmateId, overrideReason, model);
        }
        if (attempt.needsOverride()) {
            model.addAttribute("overrideError", "enrollment.override.required");
            return rerender(programId, inmateId, overrideReason, model);
        }
        String name = service.inmate(inmateId).fullName();
        if (attempt.status() == EnrollmentStatus.ACTIVE) {
            redirect.addFlashAttribute("flashKey", "enrollment.enrolled.active");
            redirect.addFlashAttribute("flashArg", name);
        } else {
            redirect.addFlashAttribute("flashKey", "enrollment.enrolled.waitlisted");
            redirect.addFlashAttribute("flashArg", name + " (#" + attempt.waitlistPosition() + ")");
        }
        return "redirect:/programs/" + programId + "/enrollments";
    }

    private String rerender(Long programId, Long inmateId, String overrideReason, Model model) {
        model.addAttribute("program", service.program(programId));
        model.addAttribute("q", "");
        model.addAttribute("candidates", List.of());
        showPanel(programId, inmateId, overrideReason, model);
        return "enrollment/new";
    }

    private void showPanel(Long programId, Long inmateId, String overrideReason, Model model) {
        model.addAttribute("inmate", service.inmate(inmateId));
        model.addAttribute("panel", panel.of(service.assess(programId, inmateId)));
        model.addAttribute("overrideReason", overrideReason);
    }
}
