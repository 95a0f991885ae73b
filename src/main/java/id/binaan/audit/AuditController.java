package id.binaan.audit;

import id.binaan.shared.InputContract;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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
    /** An "in" list must not be empty; no action is ever called this. */
    private static final List<String> NONE = List.of("-");

    private final AuditEventRepository events;
    private final AuditWords words;
    private final Clock clock;

    AuditController(AuditEventRepository events, AuditWords words, Clock clock) {
        this.events = events;
        this.words = words;
        this.clock = clock;
    }

    /**
     * Dates are the facility's days (WITA): "to" includes the whole of that day. The actor matches from its start
     * and the text anywhere in the action (its code or its label), the target or the details, ignoring case.
     */
    @GetMapping("/admin/audit")
    @Transactional(readOnly = true)
    String list(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        int safePage = Math.max(0, page);
        Instant start = from == null ? EARLIEST : from.atStartOfDay(clock.getZone()).toInstant();
        Instant end = to == null ? LATEST : to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        String wanted = text.strip();
        List<String> textActions = wanted.isEmpty() ? NONE : words.actionsMatching(wanted);
        String chosen = action.strip();
        model.addAttribute("events", events.search(like(actor.strip(), false), chosen.isEmpty(),
                chosen.isEmpty() ? NONE : actionsNamed(chosen), like(wanted, true),
                textActions.isEmpty() ? NONE : textActions, start, end, InputContract.page(safePage, PAGE_SIZE)));
        model.addAttribute("actions", AuditWords.ACTIONS);
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("text", text);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "admin/audit";
    }

    /** The action chosen from the list, or those a typed word names ("enrollment", "peserta"), or the code as typed. */
    private List<String> actionsNamed(String chosen) {
        String upper = chosen.toUpperCase(Locale.ROOT);
        if (AuditWords.ACTIONS.contains(upper)) {
            return List.of(upper);
        }
        List<String> named = words.actionsMatching(chosen);
        return named.isEmpty() ? List.of(chosen) : named;
    }

    /** A LIKE pattern over lower-cased text, its wildcards taken literally; empty stays empty (no filter). */
    private static String like(String value, boolean anywhere) {
        if (value.isEmpty()) {
            return "";
        }
        String escaped = value.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return (anywhere ? "%" : "") + escaped + "%";
    }
}
