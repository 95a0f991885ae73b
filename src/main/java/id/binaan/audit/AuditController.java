package id.binaan.audit;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditEventRepository events;

    AuditController(AuditEventRepository events) {
        this.events = events;
    }

    @GetMapping("/admin/audit")
    @Transactional(readOnly = true)
    String list(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "0") int page, Model model) {
        int safePage = Math.max(0, page);
        model.addAttribute("events", events.search(actor.strip(), action.strip(), PageRequest.of(safePage, PAGE_SIZE)));
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        return "admin/audit";
    }
}
