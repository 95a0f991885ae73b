package id.binaan.enrollment;

import java.util.List;

import id.binaan.account.CurrentUser;
import id.binaan.enrollment.EnrollmentForms.EnrollForm;
import id.binaan.inmate.InmateSummary;
import id.binaan.inmate.Inmates;
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

/** Enrolling one inmate in a program: pick, see the eligibility panel, enroll. */
@Controller
class EnrollmentController {

    private static final String PAGE = "enrollment/new";

    private final EnrollmentService service;
    private final EligibilityPanel panel;
    private final Inmates inmates;

    EnrollmentController(EnrollmentService service, EligibilityPanel panel, Inmates inmates) {
        this.service = service;
        this.panel = panel;
        this.inmates = inmates;
    }

    @GetMapping("/programs/{programId}/enrollments")
    String roster(@PathVariable Long programId, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("program", service.program(programId));
        model.addAttribute("rosterPage", Math.max(0, page));
        return "enrollment/program";
    }

    @GetMapping("/programs/{programId}/enrollments/new")
    String start(@PathVariable Long programId, @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long inmateId, Model model) {
        model.addAttribute("enrollForm", new EnrollForm(inmateId, null));
        return page(programId, q, inmateId, model);
    }

    @PostMapping("/programs/{programId}/enrollments")
    @FormPage(PAGE)
    String enroll(@PathVariable Long programId, @Valid @ModelAttribute("enrollForm") EnrollForm form,
            BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        String page = page(programId, "", errors.hasFieldErrors("inmateId") ? null : form.inmateId(), model);
        if (errors.hasErrors()) {
            return page;
        }
        EnrollmentService.Attempt attempt = service.enroll(user.getUsername(), programId, form.inmateId(),
                form.overrideReason());
        String name = service.inmate(form.inmateId()).fullName();
        if (attempt.status() == EnrollmentStatus.ACTIVE) {
            redirect.addFlashAttribute("flashKey", "enrollment.enrolled.active");
            redirect.addFlashAttribute("flashArg", name);
        } else {
            redirect.addFlashAttribute("flashKey", "enrollment.enrolled.waitlisted");
            redirect.addFlashAttribute("flashArg", name + " (#" + attempt.waitlistPosition() + ")");
        }
        return "redirect:/programs/" + programId + "/enrollments";
    }

    /** The search, and for a chosen inmate the eligibility panel with programs that would suit them better. */
    private String page(Long programId, String q, Long inmateId, Model model) {
        model.addAttribute("program", service.program(programId));
        model.addAttribute("q", q);
        List<InmateSummary> found = q.isBlank() ? List.of() : inmates.search(q.strip(), 20);
        model.addAttribute("candidates", found);
        if (inmateId != null) {
            model.addAttribute("inmate", service.inmate(inmateId));
            model.addAttribute("panel", panel.of(service.assess(programId, inmateId),
                    service.suggestions(programId, inmateId)));
        }
        return PAGE;
    }
}
