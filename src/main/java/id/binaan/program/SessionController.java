package id.binaan.program;

import id.binaan.shared.InputContract;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.binaan.account.CurrentUser;
import id.binaan.facility.Facilities;
import id.binaan.partner.Partners;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sessions (pertemuan) across programs; a partner liaison's home. A liaison sees only their institution's. */
@Controller
class SessionController {

    private static final int PAGE_SIZE = 50;
    private static final int GROUP_SIZE = 20;

    private final SessionRepository sessions;
    private final Partners partners;
    private final Facilities facilities;
    private final Clock clock;

    SessionController(SessionRepository sessions, Partners partners, Facilities facilities, Clock clock) {
        this.sessions = sessions;
        this.partners = partners;
        this.facilities = facilities;
        this.clock = clock;
    }

    /** By default the last two weeks and the next eight. */
    @GetMapping("/sessions")
    @Transactional(readOnly = true)
    String sessions(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long partner, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from == null ? today.minusWeeks(2) : from;
        LocalDate end = to == null ? today.plusWeeks(8) : to;
        var found = sessions.between(start, end, scope(user, partner), InputContract.page(page, PAGE_SIZE,
                Sort.by("sessionDate", "startTime", "id")));
        model.addAttribute("sessions", found.getContent());
        model.addAttribute("groups", user.isPartner()
                ? FacilitySessions.of(found.getContent(), facilities.single(), facilities::get)
                : List.of(new FacilitySessions(null, null, found.getContent())));
        model.addAttribute("page", found);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("partner", user.isPartner() ? null : partner);
        model.addAttribute("partners", user.isPartner() ? List.of() : partners.options());
        model.addAttribute("partnerNames", partnerNames());
        model.addAttribute("today", today);
        if (user.isPartner()) {
            liaisonGroups(user.getPartnerId(), today, model);
        }
        return "program/sessions";
    }

    /** Every session of one week (Monday to Sunday), for printing and pinning up. */
    @GetMapping("/sessions/week")
    @Transactional(readOnly = true)
    String week(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        LocalDate monday = (date == null ? LocalDate.now(clock) : date)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<SessionRow> rows = sessions.week(monday, monday.plusDays(6), scope(user, null));
        Map<LocalDate, List<SessionRow>> days = new LinkedHashMap<>();
        for (int i = 0; i < 7; i++) {
            days.put(monday.plusDays(i), new java.util.ArrayList<>());
        }
        rows.forEach(row -> days.get(row.date()).add(row));
        model.addAttribute("days", days);
        model.addAttribute("monday", monday);
        model.addAttribute("sunday", monday.plusDays(6));
        model.addAttribute("count", rows.size());
        model.addAttribute("partnerNames", partnerNames());
        return "program/week";
    }

    /**
     * A liaison's work, what needs them first: past sessions still without attendance, held sessions awaiting their
     * confirmation; then today, upcoming, and recently confirmed.
     */
    private void liaisonGroups(Long partnerId, LocalDate today, Model model) {
        var limit = PageRequest.of(0, GROUP_SIZE);
        model.addAttribute("severalFacilities", !facilities.single());
        model.addAttribute("facilityOf", facilities.all().stream()
                .collect(Collectors.toMap(Facilities.FacilityInfo::id, f -> f)));
        List<SessionView> missing = sessions.inState(SessionStatus.SCHEDULED, today.minusYears(5), today.minusDays(1),
                partnerId, null, limit);
        model.addAttribute("groupMissing", missing);
        model.addAttribute("groupToday", sessions.week(today, today, partnerId));
        model.addAttribute("groupUpcoming",
                sessions.inState(SessionStatus.SCHEDULED, today.plusDays(1), today.plusWeeks(4), partnerId, null, limit));
        List<SessionView> awaiting = sessions.inState(SessionStatus.HELD, today.minusYears(5), today, partnerId, false,
                limit);
        model.addAttribute("groupAwaiting", awaiting);
        model.addAttribute("daysSince", java.util.stream.Stream.concat(missing.stream(), awaiting.stream())
                .collect(Collectors.toMap(SessionView::id,
                s -> java.time.temporal.ChronoUnit.DAYS.between(s.date(), today), (a, b) -> a)));
        model.addAttribute("groupConfirmed", sessions.inState(SessionStatus.HELD, today.minusDays(60), today, partnerId,
                true, limit));
    }

    /** A liaison is always held to their own institution, whatever the request says. */
    private static Long scope(CurrentUser user, Long requested) {
        return user.isPartner() ? user.getPartnerId() : requested;
    }

    private Map<Long, String> partnerNames() {
        return partners.options().stream()
                .collect(Collectors.toMap(Partners.PartnerOption::id, Partners.PartnerOption::name, (a, b) -> a));
    }
}
