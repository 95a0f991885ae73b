package id.binaan.enrollment;

import java.util.List;

import id.binaan.account.CurrentUser;
import id.binaan.enrollment.EnrollmentForms.BulkForm;
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

/**
 * Several inmates at once (DESIGN.md rule 1): search and tick (nobody is ticked to begin with), see how many will
 * become active and how many will wait, then enroll exactly those chosen.
 */
@Controller
class BulkEnrollmentController {

    private static final int LIMIT = 50;
    private static final String CHOOSE = "enrollment/bulk";
    private static final String CONFIRM = "enrollment/bulk-confirm";

    private final EnrollmentService service;
    private final EligibilityPanel panel;
    private final Inmates inmates;

    BulkEnrollmentController(EnrollmentService service, EligibilityPanel panel, Inmates inmates) {
        this.service = service;
        this.panel = panel;
        this.inmates = inmates;
    }

    record Candidate(InmateSummary inmate, EligibilityPanel.Panel panel) {

        public boolean admitted() {
            return !panel.blocked() && !panel.warns();
        }
    }

    @GetMapping("/programs/{programId}/enrollments/bulk")
    String candidates(@PathVariable Long programId, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("bulkForm", BulkForm.search(q));
        return choose(programId, q, model);
    }

    /** Before committing: who was chosen, and how many of them will be active and how many will wait. */
    @GetMapping("/programs/{programId}/enrollments/bulk/confirm")
    String confirm(@PathVariable Long programId, @Valid @ModelAttribute("bulkForm") BulkForm form,
            BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return choose(programId, form.q(), model);
        }
        return confirmation(programId, form, model);
    }

    @PostMapping("/programs/{programId}/enrollments/bulk")
    @FormPage(CONFIRM)
    String enroll(@PathVariable Long programId, @Valid @ModelAttribute("bulkForm") BulkForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return choose(programId, form.q(), model);
        }
        confirmation(programId, form, model);
        Places.Split split = service.enrollAll(user.getUsername(), programId, form.inmateIds(), form.expected());
        redirect.addFlashAttribute("flashKey", "enrollment.bulk.done");
        redirect.addFlashAttribute("flashArgs", new Object[] {split.active() + split.waiting(), split.active(),
                split.waiting()});
        return "redirect:/programs/" + programId + "/enrollments";
    }

    private String choose(Long programId, String q, Model model) {
        model.addAttribute("program", service.program(programId));
        model.addAttribute("q", q);
        model.addAttribute("candidates", q.isBlank() ? List.of() : candidates(programId,
                inmates.search(q.strip(), LIMIT)));
        return CHOOSE;
    }

    private String confirmation(Long programId, BulkForm form, Model model) {
        model.addAttribute("program", service.program(programId));
        List<Candidate> chosen = candidates(programId, inmates.findAll(form.inmateIds()));
        model.addAttribute("chosen", chosen);
        model.addAttribute("allAdmitted", chosen.stream().allMatch(Candidate::admitted));
        model.addAttribute("split", service.split(programId, form.inmateIds()));
        return CONFIRM;
    }

    private List<Candidate> candidates(Long programId, List<InmateSummary> found) {
        return found.stream().map(inmate -> new Candidate(inmate, panel.of(service.assess(programId, inmate.id()))))
                .toList();
    }
}
