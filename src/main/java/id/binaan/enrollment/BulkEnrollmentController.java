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

/** Several inmates at once: each one's eligibility shown, the eligible ones enrolled in one step. */
@Controller
class BulkEnrollmentController {

    private static final int LIMIT = 50;

    private final EnrollmentService service;
    private final EligibilityPanel panel;
    private final Inmates inmates;

    BulkEnrollmentController(EnrollmentService service, EligibilityPanel panel, Inmates inmates) {
        this.service = service;
        this.panel = panel;
        this.inmates = inmates;
    }

    record Candidate(InmateSummary inmate, EligibilityPanel.Panel panel) {
    }

    @GetMapping("/programs/{programId}/enrollments/bulk")
    String candidates(@PathVariable Long programId, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("program", service.program(programId));
        model.addAttribute("q", q);
        List<Candidate> candidates = q.isBlank() ? List.of() : inmates.search(q.strip(), LIMIT).stream()
                .map(inmate -> new Candidate(inmate, panel.of(service.assess(programId, inmate.id()))))
                .toList();
        model.addAttribute("candidates", candidates);
        return "enrollment/bulk";
    }

    @PostMapping("/programs/{programId}/enrollments/bulk")
    String enroll(@PathVariable Long programId, @RequestParam(name = "inmateIds", required = false) List<Long> inmateIds,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        service.program(programId);
        if (inmateIds == null || inmateIds.isEmpty()) {
            redirect.addFlashAttribute("problemKey", "enrollment.bulk.noneChosen");
            return "redirect:/programs/" + programId + "/enrollments/bulk";
        }
        int active = 0;
        int waiting = 0;
        int skipped = 0;
        for (Long inmateId : inmateIds.stream().distinct().toList()) {
            // Each its own transaction: one refusal does not undo the others.
            EnrollmentService.Attempt attempt = service.enroll(user.getUsername(), programId, inmateId, null);
            if (!attempt.enrolled()) {
                skipped++;
            } else if (attempt.status() == EnrollmentStatus.ACTIVE) {
                active++;
            } else {
                waiting++;
            }
        }
        redirect.addFlashAttribute("flashKey", "enrollment.bulk.done");
        redirect.addFlashAttribute("flashArg", active + " / " + waiting + " / " + skipped);
        return "redirect:/programs/" + programId + "/enrollments";
    }
}
