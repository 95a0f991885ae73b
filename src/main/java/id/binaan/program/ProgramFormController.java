package id.binaan.program;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.binaan.account.CurrentUser;
import id.binaan.partner.PartnerType;
import id.binaan.partner.Partners;
import id.binaan.partner.Partners.PartnerOption;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
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

/** Creating and editing a training or a class. */
@Controller
class ProgramFormController {

    /** Who runs which kind of program. */
    private static final Set<PartnerType> TRAINING_PARTNERS = EnumSet.of(PartnerType.BPVP, PartnerType.LPK, PartnerType.OTHER);
    private static final Set<PartnerType> CLASS_PARTNERS = EnumSet.of(PartnerType.DISDIKBUD, PartnerType.PKBM, PartnerType.OTHER);

    private final ProgramService service;
    private final Partners partners;

    ProgramFormController(ProgramService service, Partners partners) {
        this.service = service;
        this.partners = partners;
    }

    @GetMapping("/programs/new")
    String create(@RequestParam(defaultValue = "TRAINING") ProgramKind kind, Model model) {
        model.addAttribute("form", ProgramForm.blank(kind));
        return form(null, kind, model);
    }

    @PostMapping("/programs/new")
    String create(@Valid @ModelAttribute("form") ProgramForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (form.getKind() == null) {
            form.setKind(ProgramKind.TRAINING);
        }
        check(form, errors, null);
        if (errors.hasErrors()) {
            return form(null, form.getKind(), model);
        }
        Long id = service.create(form, user.getUsername());
        redirect.addFlashAttribute("flashKey", "program.flash.created");
        return "redirect:/programs/" + id;
    }

    @GetMapping("/programs/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        Program program = service.get(id);
        model.addAttribute("form", ProgramForm.of(program));
        return form(id, program.getKind(), model);
    }

    @PostMapping("/programs/{id}/edit")
    String edit(@PathVariable Long id, @Valid @ModelAttribute("form") ProgramForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Program program = service.get(id);
        form.setKind(program.getKind()); // the kind never changes once created
        check(form, errors, id);
        if (errors.hasErrors()) {
            return form(id, program.getKind(), model);
        }
        try {
            service.update(id, form, user.getUsername());
        } catch (OptimisticLockingFailureException stale) {
            errors.reject("form.stale");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(id, program.getKind(), model);
        }
        redirect.addFlashAttribute("flashKey", "program.flash.updated");
        return "redirect:/programs/" + id;
    }

    private void check(ProgramForm form, BindingResult errors, Long programId) {
        if (form.getStartDate() != null && form.getEndDate() != null && form.getEndDate().isBefore(form.getStartDate())) {
            errors.rejectValue("endDate", "program.error.endBeforeStart");
        }
        Optional<PartnerOption> partner = partners.find(form.getPartnerId());
        Set<PartnerType> fitting = form.isTraining() ? TRAINING_PARTNERS : CLASS_PARTNERS;
        if (form.getPartnerId() != null && partner.map(p -> !fitting.contains(p.type())).orElse(true)) {
            errors.rejectValue("partnerId", form.isTraining() ? "program.error.trainingPartner" : "program.error.classPartner");
        }
        if (form.isTraining()) {
            if (ProgramService.blankToNull(form.getVocation()) == null) {
                errors.rejectValue("vocation", "program.error.vocation");
            }
        } else {
            requireFor(form.getLevel(), "level", errors);
            requireFor(form.getGrade(), "grade", errors);
            requireFor(ProgramService.blankToNull(form.getAcademicYear()), "academicYear", errors);
            requireFor(form.getSemester(), "semester", errors);
        }
        if (programId != null && form.getCapacity() != null && !errors.hasFieldErrors("capacity")) {
            long taken = service.placesTaken(programId);
            if (form.getCapacity() < taken) {
                errors.rejectValue("capacity", "program.error.belowTaken", new Object[] {taken}, null);
            }
        }
    }

    private static void requireFor(Object value, String field, BindingResult errors) {
        if (value == null && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "program.error." + field);
        }
    }

    private String form(Long id, ProgramKind kind, Model model) {
        Set<PartnerType> fitting = kind == ProgramKind.TRAINING ? TRAINING_PARTNERS : CLASS_PARTNERS;
        List<PartnerOption> options = partners.options().stream().filter(p -> fitting.contains(p.type())).toList();
        model.addAttribute("programId", id);
        model.addAttribute("kind", kind);
        model.addAttribute("partners", options);
        model.addAttribute("levels", EducationLevel.values());
        return "program/program-form";
    }
}
