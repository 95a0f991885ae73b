package id.binaan.attendance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.binaan.account.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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

/** One session's attendance sheet and its confirmation; a liaison reaches only their institution's sessions. */
@Controller
class AttendanceController {

    private static final String STATUS = "status-";
    private static final String REASON = "reason-";

    static final int ROWS_PER_PAGE = 100;

    private final AttendanceService service;
    private final AttendanceRows rows;

    AttendanceController(AttendanceService service, AttendanceRows rows) {
        this.service = service;
        this.rows = rows;
    }

    @GetMapping("/sessions/{id:\\d+}")
    String sheet(@PathVariable Long id, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        return show(user, id, page, model, null, null, Map.of());
    }

    /** Reads only {@code status-<enrollment>} and {@code reason-<enrollment>}; anything else is ignored. */
    @PostMapping("/sessions/{id:\\d+}/attendance")
    String record(@PathVariable Long id, @RequestParam Map<String, String> params,
            @RequestParam(required = false) String correctionReason, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser user,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        service.visible(user, id);
        Map<Long, AttendanceService.Entry> entries = new LinkedHashMap<>();
        try {
            params.forEach((name, value) -> {
                if (name.startsWith(STATUS) && value != null && !value.isBlank()) {
                    Long enrollmentId = Long.valueOf(name.substring(STATUS.length()));
                    String reason = params.get(REASON + enrollmentId);
                    entries.put(enrollmentId, new AttendanceService.Entry(AttendanceStatus.valueOf(value),
                            reason == null || reason.isBlank() || "PRESENT".equals(value) ? null
                                    : AbsenceReason.valueOf(reason)));
                }
            });
        } catch (IllegalArgumentException e) {
            return refused(user, id, page, model, response, "attendance.refused.invalid", Map.of());
        }
        try {
            service.record(user, id, entries, correctionReason);
        } catch (AttendanceRefused e) {
            // the sheet is shown again with what was chosen, so nothing entered has to be entered again
            model.addAttribute("correctionReason", correctionReason);
            return refused(user, id, page, model, response, e.messageKey(), entries);
        }
        redirect.addFlashAttribute("flashKey", "attendance.saved");
        return "redirect:/sessions/" + id + (page > 0 ? "?page=" + page : "");
    }

    @PostMapping("/sessions/{id:\\d+}/all-present")
    String allPresent(@PathVariable Long id, @RequestParam(required = false) String correctionReason,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            service.allPresent(user, id, correctionReason);
        } catch (AttendanceRefused e) {
            return refused(user, id, 0, model, response, e.messageKey(), Map.of());
        }
        redirect.addFlashAttribute("flashKey", "attendance.allPresent.saved");
        return "redirect:/sessions/" + id;
    }

    @PostMapping("/sessions/{id:\\d+}/confirm")
    String confirm(@PathVariable Long id, @Valid @ModelAttribute("confirmForm") ConfirmForm form,
            BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        AttendanceSheet sheet = service.sheet(user, id);
        if (!user.isAdmin() && !user.isPartner()) {
            throw new org.springframework.security.access.AccessDeniedException("Staff do not confirm sessions");
        }
        if (!errors.hasErrors() && form.jpDelivered() > sheet.session().jp()) {
            errors.rejectValue("jpDelivered", "confirm.refused.jp");
        }
        if (!errors.hasErrors()) {
            try {
                service.confirm(user, id, form.jpDelivered(), form.note());
            } catch (AttendanceRefused e) {
                return show(user, id, 0, model, e.messageKey(), form, Map.of());
            }
        }
        if (errors.hasErrors()) {
            return show(user, id, 0, model, null, form, Map.of());
        }
        redirect.addFlashAttribute("flashKey", "confirm.saved");
        return "redirect:/sessions/" + id;
    }

    private String refused(CurrentUser user, Long id, int page, Model model, HttpServletResponse response, String key,
            Map<Long, AttendanceService.Entry> chosen) {
        response.setStatus(HttpServletResponse.SC_OK);
        return show(user, id, page, model, key, null, chosen);
    }

    /**
     * The sheet shows {@link #ROWS_PER_PAGE} participants at a time, by name; saving a page keeps what was
     * recorded for the others, and "all present" covers every participant. {@code chosen}: what a refused
     * submission chose, shown in place of what is recorded.
     */
    private String show(CurrentUser user, Long id, int page, Model model, String refusal, ConfirmForm form,
            Map<Long, AttendanceService.Entry> chosen) {
        AttendanceSheet sheet = service.sheet(user, id);
        int pages = Math.max(1, (sheet.lines().size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
        int shown = Math.min(Math.max(page, 0), pages - 1);
        List<AttendanceSheet.Line> lines = sheet.lines().subList(shown * ROWS_PER_PAGE,
                Math.min(sheet.lines().size(), (shown + 1) * ROWS_PER_PAGE)).stream()
                .map(line -> chosen.containsKey(line.enrollmentId()) ? line.as(chosen.get(line.enrollmentId())) : line)
                .toList();
        model.addAttribute("sheet", sheet);
        model.addAttribute("rowsPage", new PageImpl<>(lines, PageRequest.of(shown, ROWS_PER_PAGE), sheet.lines().size()));
        model.addAttribute("rows", rows.html(sheet, lines, sheet.locked() && !user.isAdmin(),
                "attendance.refused.reasonMissing".equals(refusal), LocaleContextHolder.getLocale()));
        model.addAttribute("refusal", refusal);
        if (!model.containsAttribute("confirmForm")) {
            model.addAttribute("confirmForm", form != null ? form
                    : new ConfirmForm(sheet.session().jp(), null));
        }
        return "attendance/session";
    }
}
