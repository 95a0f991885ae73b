package id.binaan.enrollment;

import id.binaan.program.Programs;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Enrolling from the inmate's side: choose a program, then the usual eligibility panel. */
@Controller
class InmateEnrollmentController {

    private final EnrollmentService service;
    private final Programs programs;

    InmateEnrollmentController(EnrollmentService service, Programs programs) {
        this.service = service;
        this.programs = programs;
    }

    @GetMapping("/inmates/{inmateId}/enrollments/new")
    String choose(@PathVariable Long inmateId, Model model) {
        model.addAttribute("inmate", service.inmate(inmateId));
        // A facility runs a handful of programs at a time: the whole list fits one page.
        model.addAttribute("programs", programs.takingParticipants());
        return "enrollment/choose-program";
    }
}
