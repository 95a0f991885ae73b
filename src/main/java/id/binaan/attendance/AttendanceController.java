package id.binaan.attendance;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.binaan.account.CurrentUser;
import id.binaan.attendance.AttendanceForms.ConfirmForm;
import id.binaan.attendance.AttendanceForms.SheetForm;
import id.binaan.shared.FormPage;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One session's attendance sheet and its confirmation; a liaison reaches only their institution's sessions. */
@Controller
class AttendanceController {

    private static final String PAGE = "attendance/session";

    static final int ROWS_PER_PAGE = 100;

    private final AttendanceService service;
    private final AttendanceRows rows;
    private final id.binaan.facility.Facilities facilities;

    AttendanceController(AttendanceService service, AttendanceRows rows, id.binaan.facility.Facilities facilities) {
        this.service = service;
        this.rows = rows;
        this.facilities = facilities;
    }

    @GetMapping("/sessions/{id:\\d+}")
    String sheet(@PathVariable Long id, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("attendance", new SheetForm(null, page));
        return show(user, id, page, model, Map.of(), null);
    }

    /** Reads only {@code status-<enrollment>} and {@code reason-<enrollment>}; anything else is ignored. */
    @PostMapping("/sessions/{id:\\d+}/attendance")
    @FormPage(value = PAGE, form = "attendance")
    String record(@PathVariable Long id, @Valid @ModelAttribute("attendance") SheetForm form, BindingResult errors,
            @RequestParam Map<String, String> params, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        Map<Long, Attendance.Mark> marks = AttendanceForms.marks(params, errors);
        // the sheet is shown again with what was chosen, so nothing entered has to be entered again
        String page = show(user, id, form.pageOrFirst(), model, marks, errors);
        if (errors.hasErrors()) {
            return page;
        }
        service.record(user, id, marks, form.correctionReason());
        redirect.addFlashAttribute("flashKey", "attendance.saved");
        return "redirect:/sessions/" + id + (form.pageOrFirst() > 0 ? "?page=" + form.pageOrFirst() : "");
    }

    @PostMapping("/sessions/{id:\\d+}/all-present")
    @FormPage(value = PAGE, form = "attendance")
    String allPresent(@PathVariable Long id, @ModelAttribute("attendance") SheetForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        show(user, id, 0, model, Map.of(), errors);
        service.allPresent(user, id);
        redirect.addFlashAttribute("flashKey", "attendance.allPresent.saved");
        return "redirect:/sessions/" + id;
    }

    @PostMapping("/sessions/{id:\\d+}/confirm")
    @FormPage(value = PAGE, form = "confirmForm")
    String confirm(@PathVariable Long id, @Valid @ModelAttribute("confirmForm") ConfirmForm form, BindingResult errors,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        model.addAttribute("attendance", new SheetForm(null, 0));
        String page = show(user, id, 0, model, Map.of(), null);
        if (errors.hasErrors()) {
            return page;
        }
        service.confirm(user, id, form.jpDelivered(), form.note());
        redirect.addFlashAttribute("flashKey", "confirm.saved");
        return "redirect:/sessions/" + id;
    }

    /**
     * The sheet shows {@link #ROWS_PER_PAGE} participants at a time, by name; saving a page keeps what was recorded
     * for the others, and "all present" covers every participant. {@code chosen}: what a submission chose, shown in
     * place of what is recorded should it be refused; {@code errors}: the sheet's form, whose refused fields the
     * rows mark (filled in after this, when a rule refuses the change).
     */
    private String show(CurrentUser user, Long id, int page, Model model, Map<Long, Attendance.Mark> chosen,
            BindingResult errors) {
        AttendanceSheet sheet = service.sheet(user, id);
        int pages = Math.max(1, (sheet.lines().size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
        int shown = Math.min(Math.max(page, 0), pages - 1);
        List<AttendanceSheet.Line> lines = sheet.lines().subList(shown * ROWS_PER_PAGE,
                Math.min(sheet.lines().size(), (shown + 1) * ROWS_PER_PAGE)).stream()
                .map(line -> chosen.containsKey(line.enrollmentId()) ? line.as(chosen.get(line.enrollmentId())) : line)
                .toList();
        model.addAttribute("sheet", sheet);
        // with several facilities, which one and its zone: a liaison works in several, each in its own time
        model.addAttribute("sessionFacility", facilities.single() ? null
                : facilities.find(sheet.session().facilityId()).orElse(null));
        model.addAttribute("rowsPage", new PageImpl<>(lines, PageRequest.of(shown, ROWS_PER_PAGE), sheet.lines().size()));
        model.addAttribute("rows", new Rows(rows, sheet, lines, errors));
        if (!model.containsAttribute("confirmForm")) {
            model.addAttribute("confirmForm", new ConfirmForm(sheet.session().jp(), null));
        }
        return PAGE;
    }

    /**
     * The rows' markup, written when the page is rendered rather than when the handler prepares it, so that a
     * refusal added to the form afterwards still marks its rows.
     */
    record Rows(AttendanceRows rows, AttendanceSheet sheet, List<AttendanceSheet.Line> lines, BindingResult errors) {

        public String html() {
            Set<String> invalid = errors == null ? Set.of()
                    : errors.getFieldErrors().stream().map(FieldError::getField).collect(Collectors.toSet());
            return rows.html(sheet, lines, invalid, LocaleContextHolder.getLocale());
        }
    }
}
