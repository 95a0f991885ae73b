package id.binaan.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import id.binaan.account.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Printable papers for a session day: the unlock list for the security shift and a session's sign-in sheet. */
@Controller
class DailyListController {

    private final DailyLists lists;
    private final Clock clock;

    DailyListController(DailyLists lists, Clock clock) {
        this.lists = lists;
        this.clock = clock;
    }

    /** Staff only (under /reports): it names inmates of every program. */
    @GetMapping("/reports/movements")
    String movements(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Model model) {
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        List<DailyLists.Block> blocks = lists.movements(day);
        model.addAttribute("date", day);
        model.addAttribute("blocks", blocks);
        model.addAttribute("count", blocks.stream().mapToInt(b -> b.movements().size()).sum());
        return "report/movements";
    }

    /** Printable before the session is held; a liaison may print only their own institution's. */
    @GetMapping("/sessions/{id:\\d+}/sign-in-sheet")
    String signIn(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        DailyLists.SessionHeader session = lists.session(id)
                .filter(s -> !user.isPartner() || s.partnerId().equals(user.getPartnerId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("s", session);
        model.addAttribute("signers", lists.signers(session.programId(), session.date()));
        return "report/sign-in-sheet";
    }
}
