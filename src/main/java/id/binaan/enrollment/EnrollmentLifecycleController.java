package id.binaan.enrollment;

import id.binaan.account.CurrentUser;
import id.binaan.program.ProgramSummary;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** One enrollment: its history, withdrawing it, completing it. */
@Controller
class EnrollmentLifecycleController {

    private final EnrollmentService service;
    private final EnrollmentRepository enrollments;
    private final EnrollmentViews views;

    EnrollmentLifecycleController(EnrollmentService service, EnrollmentRepository enrollments, EnrollmentViews views) {
        this.service = service;
        this.enrollments = enrollments;
        this.views = views;
    }

    @GetMapping("/enrollments/{id}")
    String show(@PathVariable Long id, Model model) {
        prepare(id, model);
        return "enrollment/detail";
    }

    @GetMapping("/enrollments/{id}/withdraw")
    String withdrawForm(@PathVariable Long id, Model model) {
        prepare(id, model);
        model.addAttribute("reasons", EndReason.forWithdrawal());
        return "enrollment/withdraw";
    }

    @PostMapping("/enrollments/{id}/withdraw")
    String withdraw(@PathVariable Long id, @RequestParam long version, @RequestParam(required = false) EndReason reason,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (reason == null || reason == EndReason.COMPLETED) {
            prepare(id, model);
            model.addAttribute("reasons", EndReason.forWithdrawal());
            model.addAttribute("reasonError", "enrollment.withdraw.reasonRequired");
            return "enrollment/withdraw";
        }
        service.withdraw(user.getUsername(), id, version, reason);
        redirect.addFlashAttribute("flashKey", "enrollment.withdrawn");
        return "redirect:/enrollments/" + id;
    }

    @GetMapping("/enrollments/{id}/complete")
    String completeForm(@PathVariable Long id, Model model) {
        prepare(id, model);
        return "enrollment/complete";
    }

    @PostMapping("/enrollments/{id}/complete")
    String complete(@PathVariable Long id, @RequestParam long version, @RequestParam(required = false) Outcome outcome,
            @RequestParam(defaultValue = "") String certificateNumber, @AuthenticationPrincipal CurrentUser user,
            Model model, RedirectAttributes redirect) {
        Enrollment enrollment = find(id);
        ProgramSummary program = service.program(enrollment.getProgramId());
        boolean training = EnrollmentService.isTraining(program);
        String problem = null;
        if (!service.totals(id).reaches(EnrollmentService.threshold(program))) {
            problem = "enrollment.complete.thresholdNotReached";
        } else if (outcome == null || outcome.fitsTraining() != training) {
            problem = "enrollment.complete.outcomeRequired";
        } else if (certificateNumber.length() > 100) {
            problem = "enrollment.complete.certificateTooLong";
        }
        if (problem != null) {
            prepare(id, model);
            model.addAttribute("problem", problem);
            model.addAttribute("certificateNumber", certificateNumber);
            return "enrollment/complete";
        }
        service.complete(user.getUsername(), id, version, outcome, certificateNumber);
        redirect.addFlashAttribute("flashKey", "enrollment.completed");
        return "redirect:/enrollments/" + id;
    }

    @ExceptionHandler({EnrollmentService.StaleEnrollmentException.class, ObjectOptimisticLockingFailureException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    String stale() {
        return "enrollment/stale";
    }

    @ExceptionHandler(IllegalStateException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused() {
        return "enrollment/refused";
    }

    private void prepare(Long id, Model model) {
        Enrollment enrollment = find(id);
        ProgramSummary program = service.program(enrollment.getProgramId());
        model.addAttribute("enrollment", enrollment);
        model.addAttribute("program", program);
        model.addAttribute("training", EnrollmentService.isTraining(program));
        model.addAttribute("outcomes", EnrollmentService.isTraining(program) ? Outcome.forTraining() : Outcome.forClass());
        model.addAttribute("inmate", service.inmate(enrollment.getInmateId()));
        model.addAttribute("tally", service.totals(id));
        model.addAttribute("threshold", EnrollmentService.threshold(program));
        model.addAttribute("history", views.historyOf(id));
        model.addAttribute("position", enrollment.getStatus() == EnrollmentStatus.WAITLISTED ? service.positionOf(enrollment) : 0);
    }

    private Enrollment find(Long id) {
        return enrollments.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
