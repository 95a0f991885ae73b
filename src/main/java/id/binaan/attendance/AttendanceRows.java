package id.binaan.attendance;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import id.binaan.shared.Formats;

/**
 * The participant rows of the attendance sheet, written here rather than by the template. A session can have
 * hundreds of participants, and the template spent about 0.5 ms on each row (some sixty expressions: three
 * radio buttons, eight options, their labels and states), 290 ms for a session of 572; this writes the same
 * markup in a few milliseconds. Every text that comes from data or from the message files is HTML-escaped.
 */
@Component
class AttendanceRows {

    /** An en dash, as an entity: the rows stay ASCII (names allowing), so the builder never widens to UTF-16. */
    private static final String NOTHING = "&ndash;";
    /** Each choice in its colour, outlined until chosen. */
    private static final Map<AttendanceStatus, String> BUTTONS = Map.of(AttendanceStatus.PRESENT,
            "btn-outline-success", AttendanceStatus.EXCUSED, "btn-outline-warning-strong", AttendanceStatus.ABSENT,
            "btn-outline-danger");

    private final MessageSource messages;
    private final Formats formats;

    AttendanceRows(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /**
     * The rows of {@code lines} (the sheet's, or one page of them) as {@code <tr>} elements: choices while the
     * session's lock allows recording, what was recorded otherwise, with a link to correct one participant where
     * the lock allows an ADMIN that. {@code invalid}: the fields a refusal named ({@code reason-<enrollment>}),
     * marked as the fields to fill in.
     */
    String html(AttendanceSheet sheet, List<AttendanceSheet.Line> lines, Set<String> invalid, Locale locale) {
        Map<AttendanceStatus, String> statusLabels = new EnumMap<>(AttendanceStatus.class);
        for (AttendanceStatus status : AttendanceStatus.values()) {
            statusLabels.put(status, text(status.labelKey(), locale));
        }
        Map<AbsenceReason, String> reasonLabels = new EnumMap<>(AbsenceReason.class);
        for (AbsenceReason reason : AbsenceReason.values()) {
            reasonLabels.put(reason, text(reason.labelKey(), locale));
        }
        String noReason = text("attendance.reason.none", locale);
        String reasonRequired = text("attendance.reasonRequired", locale);
        String correct = text("attendance.correct.link", locale);
        // the per-row messages, parsed once per page instead of once per row
        MessageFormat statusOf = pattern("attendance.statusOf", locale);
        MessageFormat reasonOf = pattern("attendance.reasonOf", locale);
        MessageFormat recordedBy = pattern("attendance.recordedBy", locale);
        MessageFormat correctFor = pattern("attendance.correct.linkFor", locale);
        MessageFormat noteOf = pattern("attendance.noteOf", locale);
        String notePlaceholder = text("attendance.note.placeholder", locale);
        boolean open = sheet.open();
        boolean correcting = sheet.edit().correcting();
        String sessionId = sheet.session().id().toString();
        StringBuilder html = new StringBuilder(lines.size() * (open ? 2800 : 400));
        for (AttendanceSheet.Line line : lines) {
            String id = line.enrollmentId().toString();
            String name = htmlEscape(line.fullName());
            html.append("<tr id=\"line-").append(id).append("\">\n<td class=\"line-name\">").append(name)
                    .append("</td>\n<td class=\"line-number\">").append(htmlEscape(line.registrationNumber()))
                    .append("</td>\n<td class=\"line-status\">\n");
            if (open) {
                // radio buttons drawn as large toggle buttons: one thumb's width on a phone, the same at a desk
                html.append("<fieldset>\n<legend class=\"visually-hidden\">")
                        .append(htmlEscape(statusOf.format(new Object[] {line.fullName()}))).append("</legend>\n")
                        .append("<div class=\"attendance-choice\">\n");
                for (AttendanceStatus status : AttendanceStatus.values()) {
                    String inputId = "status-" + id + "-" + status;
                    html.append("<input class=\"btn-check\" type=\"radio\" autocomplete=\"off\" name=\"status-")
                            .append(id).append("\" id=\"").append(inputId).append("\" value=\"").append(status)
                            .append('"').append(line.status() == status ? " checked=\"checked\"" : "")
                            .append("><label class=\"btn ").append(BUTTONS.get(status)).append("\" for=\"")
                            .append(inputId).append("\">").append(statusLabels.get(status)).append("</label>\n");
                }
                html.append("</div>\n</fieldset>\n");
            } else {
                html.append("<span>").append(line.status() == null ? NOTHING : statusLabels.get(line.status()))
                        .append("</span>\n");
            }
            html.append("</td>\n<td class=\"line-reason\">\n");
            if (open) {
                boolean missing = invalid.contains("reason-" + id);
                html.append("<label class=\"visually-hidden\" for=\"reason-").append(id).append("\">")
                        .append(htmlEscape(reasonOf.format(new Object[] {line.fullName()}))).append("</label>\n")
                        .append("<select class=\"form-select").append(missing ? " is-invalid" : "")
                        .append("\" name=\"reason-").append(id).append("\" id=\"reason-").append(id).append('"')
                        .append(missing ? " aria-invalid=\"true\" aria-describedby=\"reason-" + id + "-error\"" : "")
                        .append(">\n<option value=\"\">").append(noReason).append("</option>\n");
                for (AbsenceReason reason : AbsenceReason.values()) {
                    html.append("<option value=\"").append(reason).append('"')
                            .append(line.reason() == reason ? " selected=\"selected\"" : "").append('>')
                            .append(reasonLabels.get(reason)).append("</option>\n");
                }
                html.append("</select>\n");
                if (missing) {
                    html.append("<div class=\"invalid-feedback\" id=\"reason-").append(id).append("-error\">")
                            .append(reasonRequired).append("</div>\n");
                }
                html.append("<label class=\"visually-hidden\" for=\"note-").append(id).append("\">")
                        .append(htmlEscape(noteOf.format(new Object[] {line.fullName()}))).append("</label>\n")
                        .append("<input type=\"text\" class=\"form-control attendance-note\" maxlength=\"200\" name=\"note-")
                        .append(id).append("\" id=\"note-").append(id).append("\" placeholder=\"").append(notePlaceholder)
                        .append("\" value=\"").append(line.note() == null ? "" : htmlEscape(line.note())).append("\">\n");
            } else {
                html.append("<span>").append(line.reason() == null ? NOTHING : reasonLabels.get(line.reason()))
                        .append(line.note() == null ? "" : ": " + htmlEscape(line.note())).append("</span>\n");
            }
            html.append("</td>\n<td class=\"small\">")
                    .append(line.recordedBy() == null ? NOTHING : htmlEscape(recordedBy.format(
                            new Object[] {line.recordedBy(), formats.dateTime(line.recordedAt())})));
            if (correcting) {
                html.append(" <a class=\"d-print-none\" id=\"correct-").append(id).append("\" href=\"/sessions/")
                        .append(sessionId).append("/corrections/").append(id).append("\">").append(correct)
                        .append("<span class=\"visually-hidden\"> ")
                        .append(htmlEscape(correctFor.format(new Object[] {line.fullName()}))).append("</span></a>");
            }
            html.append("</td>\n</tr>\n");
        }
        return html.toString();
    }

    private String text(String code, Locale locale) {
        return htmlEscape(messages.getMessage(code, null, locale));
    }

    /** The message as a pattern with arguments, as the message source would format it. */
    private MessageFormat pattern(String code, Locale locale) {
        return new MessageFormat(messages.getMessage(code, null, locale), locale);
    }
}
