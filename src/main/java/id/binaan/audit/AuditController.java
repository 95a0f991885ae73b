package id.binaan.audit;

import id.binaan.shared.InputContract;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    private final AuditEventRepository events;
    private final Clock clock;

    AuditController(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Dates are the facility's days (WITA): "to" includes the whole of that day. */
    @GetMapping("/admin/audit")
    @Transactional(readOnly = true)
    String list(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        int safePage = Math.max(0, page);
        Instant start = from == null ? EARLIEST : from.atStartOfDay(clock.getZone()).toInstant();
        Instant end = to == null ? LATEST : to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        model.addAttribute("events", events.search(actor.strip(), action.strip(), start, end,
                InputContract.page(safePage, PAGE_SIZE)));
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "admin/audit";
    }
}
