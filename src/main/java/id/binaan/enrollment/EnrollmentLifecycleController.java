package id.binaan.enrollment;

import id.binaan.account.CurrentUser;
import id.binaan.enrollment.EnrollmentForms.CompleteForm;
import id.binaan.enrollment.EnrollmentForms.PutFirstForm;
import id.binaan.enrollment.EnrollmentForms.WithdrawForm;
import id.binaan.program.ProgramSummary;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One enrollment: its history, withdrawing it, completing it, putting it first on the waiting list. */
@Controller
class EnrollmentLifecycleController {

    private final EnrollmentService service;
    private final EnrollmentViews views;

    EnrollmentLifecycleController(EnrollmentService service, EnrollmentViews views) {
        this.service = service;
        this.views = views;
    }

    @GetMapping("/enrollments/{id}")
    String show(@PathVariable Long id, Model model) {
        return prepare(id, model, "enrollment/detail");
    }

    @GetMapping("/enrollments/{id}/withdraw")
    String withdrawForm(@PathVariable Long id, Model model) {
        String page = prepare(id, model, "enrollment/withdraw");
        model.addAttribute("withdrawForm", new WithdrawForm(null, version(model)));
        return page;
    }

    @PostMapping("/enrollments/{id}/withdraw")
    @FormPage("enrollment/withdraw")
    String withdraw(@PathVariable Long id, @Valid @ModelAttribute("withdrawForm") WithdrawForm form,
            BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        String page = prepare(id, model, "enrollment/withdraw");
        if (errors.hasErrors()) {
            return page;
        }
        service.withdraw(user.getUsername(), id, form.version(), form.reason());
        return done(redirect, "enrollment.withdrawn", id);
    }

    @GetMapping("/enrollments/{id}/complete")
    String completeForm(@PathVariable Long id, Model model) {
        String page = prepare(id, model, "enrollment/complete");
        model.addAttribute("completeForm", new CompleteForm(null, null, version(model)));
        return page;
    }

    @PostMapping("/enrollments/{id}/complete")
    @FormPage("enrollment/complete")
    String complete(@PathVariable Long id, @Valid @ModelAttribute("completeForm") CompleteForm form,
            BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        String page = prepare(id, model, "enrollment/complete");
        if (errors.hasErrors()) {
            return page;
        }
        service.complete(user.getUsername(), id, form.version(), form.outcome(), form.certificateNumber());
        return done(redirect, "enrollment.completed", id);
    }

    @GetMapping("/enrollments/{id}/put-first")
    String putFirstForm(@PathVariable Long id, Model model) {
        String page = prepare(id, model, "enrollment/put-first");
        model.addAttribute("putFirstForm", new PutFirstForm(null, version(model)));
        return page;
    }

    @PostMapping("/enrollments/{id}/put-first")
    @FormPage("enrollment/put-first")
    String putFirst(@PathVariable Long id, @Valid @ModelAttribute("putFirstForm") PutFirstForm form,
            BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        String page = prepare(id, model, "enrollment/put-first");
        if (errors.hasErrors()) {
            return page;
        }
        service.putFirst(user.getUsername(), id, form.version(), form.reason());
        return done(redirect, "enrollment.putFirst.done", id);
    }

    private String prepare(Long id, Model model, String view) {
        EnrollmentViews.Detail detail = views.detail(id);
        ProgramSummary program = detail.program();
        model.addAttribute("detail", detail);
        model.addAttribute("enrollment", detail.enrollment());
        model.addAttribute("program", program);
        model.addAttribute("inmate", detail.inmate());
        model.addAttribute("outcomes", Outcome.of(program.kind()));
        model.addAttribute("reasons", EndReason.forWithdrawal());
        model.addAttribute("history", views.historyOf(id));
        return view;
    }

    private static long version(Model model) {
        return ((Enrollment) model.getAttribute("enrollment")).getVersion();
    }

    private static String done(RedirectAttributes redirect, String key, Long id) {
        redirect.addFlashAttribute("flashKey", key);
        return "redirect:/enrollments/" + id;
    }
}
