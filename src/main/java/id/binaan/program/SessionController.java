package id.binaan.program;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Sessions (pertemuan) across programs; a partner liaison's home. */
@Controller
class SessionController {

    @GetMapping("/sessions")
    String sessions(Model model) {
        // Programs and their sessions arrive with the programs module; until then the list is empty.
        model.addAttribute("sessions", List.of());
        return "program/sessions";
    }
}
