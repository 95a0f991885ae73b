package id.binaan.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import id.binaan.account.CurrentUser;
import id.binaan.program.SessionView;
import id.binaan.program.Sessions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** For staff: past sessions without attendance, and held sessions awaiting the partner's confirmation. */
@Controller
class PendingController {

    private static final int LIMIT = 1000;

    private final Sessions sessions;
    private final Clock clock;

    PendingController(Sessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** A session with how many days have passed since it. */
    record Waiting(SessionView session, long days) {
    }

    @GetMapping("/sessions/pending")
    String pending(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (user.isPartner()) {
            throw new AccessDeniedException("The follow-up list is for the facility's staff");
        }
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("missing", sessions.missingAttendance(null, today, LIMIT).stream()
                .map(s -> new Waiting(s, ChronoUnit.DAYS.between(s.date(), today))).toList());
        model.addAttribute("awaiting", sessions.awaitingConfirmation(null, LIMIT).stream()
                .map(s -> new Waiting(s, Math.max(0, ChronoUnit.DAYS.between(s.date(), today)))).toList());
        return "attendance/pending";
    }
}
