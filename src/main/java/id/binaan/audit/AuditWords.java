package id.binaan.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.binaan.shared.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit log in words (DESIGN.md rule 7). Events are stored as they were written, codes included, and the
 * chain of hashes keeps them so; the page reads them out: the action and the target by their labels, and in the
 * details each code, list of days, exception class name and ISO date as people say it.
 */
@Component("auditWords")
class AuditWords {

    /** Every action the application records, in the order the filter lists them. */
    static final List<String> ACTIONS = List.of("LOGIN_SUCCEEDED", "LOGIN_FAILED", "LOGIN_HELD", "ACCESS_DENIED",
            "ACCOUNT_CREATED", "ACCOUNT_UPDATED", "ACCOUNT_ENABLED", "ACCOUNT_DISABLED", "PASSWORD_RESET",
            "PASSWORD_CHANGED", "PASSWORD_CHANGE_FAILED", "INMATE_CREATED", "INMATE_UPDATED", "INMATES_IMPORTED", "INMATE_RELEASED",
            "INMATE_TRANSFERRED", "INMATE_RECEIVED", "PARTNER_CREATED", "PARTNER_UPDATED", "PARTNER_DEACTIVATED", "PARTNER_REACTIVATED",
            "AGREEMENT_SAVED", "MEETING_SAVED", "FOLLOW_UP_ADDED", "FOLLOW_UP_DONE", "PROGRAM_CREATED",
            "PROGRAM_UPDATED", "PROGRAM_OPEN", "PROGRAM_START", "PROGRAM_COMPLETE", "PROGRAM_CANCEL", "SESSION_ADDED",
            "SESSIONS_GENERATED", "SESSION_RESCHEDULED", "SESSION_CANCELLED", "SESSIONS_CANCELLED_UNRECORDED",
            "ATTENDANCE_RECORDED", "ATTENDANCE_CORRECTED", "SESSION_CONFIRMED", "ENROLLMENT_WAITLISTED",
            "ENROLLMENT_ACTIVE", "ENROLLMENT_COMPLETED", "ENROLLMENT_WITHDRAWN", "CERTIFICATE_ISSUED",
            "CERTIFICATE_PRODUCED", "CERTIFICATE_VERIFIED", "CERTIFICATE_NOT_VERIFIED", "EVIDENCE_PACK_PRODUCED",
            "ENROLLMENT_REPORT_EXPORTED", "ENROLLMENT_REPORT_CUT", "FACILITY_CREATED", "REGION_CREATED");

    /** Where the labels of the codes that details may carry live; the first that knows a code names it. */
    private static final List<String> CODE_LABELS = List.of("audit.code.", "session.day.", "inmate.releaseType.",
            "session.reason.", "program.kind.", "program.status.", "role.", "enrollment.status.",
            "enrollment.endReason.", "enrollment.outcome.", "attendance.status.", "attendance.reason.",
            "partner.type.", "partner.scope.", "inmate.status.", "inmate.legal.", "inmate.education.",
            "program.level.", "program.audience.");

    private static final Pattern DAY_LIST = Pattern.compile("\\[([A-Z]+(?:, [A-Z]+)*)]");
    private static final Pattern TOKEN = Pattern.compile(
            "\\b(?:[A-Z][A-Z]+(?:_[A-Z]+)*|[A-Z][A-Za-z]*Exception|AddressHeld)\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|->|\\bnull\\b");

    private final MessageSource messages;
    private final Formats formats;

    AuditWords(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /** The action's label; an action the application does not write (a test's) stays as it was stored. */
    public String action(String code) {
        return code == null ? "" : messages.getMessage("audit.action." + code, null, code, locale());
    }

    /** "Pertemuan 12", or nothing when the event has no target. */
    public String target(String type, String id) {
        if (type == null || type.isBlank()) {
            return "";
        }
        String label = messages.getMessage("audit.target." + type, null, type, locale());
        return id == null || id.isBlank() || "null".equals(id) ? label : label + " " + id;
    }

    /** Where the target's own page is, for the records that have one; null otherwise. */
    public String href(String type, String id) {
        if (type == null || id == null || !id.matches("\\d{1,18}")) {
            return null;
        }
        String base = switch (type) {
            case "Inmate" -> "/inmates/";
            case "Program" -> "/programs/";
            case "Session" -> "/sessions/";
            case "Enrollment" -> "/enrollments/";
            case "Partner" -> "/partners/";
            default -> null;
        };
        return base == null ? null : base + id;
    }

    public String details(String details) {
        if (details == null || details.isBlank()) {
            return "";
        }
        Matcher days = DAY_LIST.matcher(details);
        StringBuilder listed = new StringBuilder();
        while (days.find()) {
            List<String> names = new ArrayList<>();
            for (String day : days.group(1).split(", ")) {
                names.add(code(day));
            }
            days.appendReplacement(listed, Matcher.quoteReplacement(String.join(", ", names)));
        }
        days.appendTail(listed);
        Matcher tokens = TOKEN.matcher(listed);
        StringBuilder out = new StringBuilder();
        while (tokens.find()) {
            tokens.appendReplacement(out, Matcher.quoteReplacement(word(tokens.group())));
        }
        tokens.appendTail(out);
        return out.toString();
    }

    /** The actions whose code or label contains the text, ignoring case: "enrollment" or "peserta" finds them. */
    List<String> actionsMatching(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        String asCode = wanted.replace(' ', '_');
        List<String> found = new ArrayList<>();
        for (String action : ACTIONS) {
            if (action.toLowerCase(Locale.ROOT).contains(asCode)
                    || action(action).toLowerCase(locale()).contains(wanted)
                    || messages.getMessage("audit.action." + action, null, action, Locale.ENGLISH)
                            .toLowerCase(Locale.ROOT).contains(wanted)) {
                found.add(action);
            }
        }
        return found;
    }

    private String word(String token) {
        if (token.equals("->")) {
            return "→";
        }
        if (token.equals("null")) {
            return "–";
        }
        if (Character.isDigit(token.charAt(0))) {
            try {
                return formats.date(LocalDate.parse(token));
            } catch (DateTimeParseException e) {
                return token;
            }
        }
        if (token.endsWith("Exception") || token.equals("AddressHeld")) {
            return messages.getMessage("audit.reason." + token, null,
                    messages.getMessage("audit.reason.other", null, locale()), locale());
        }
        return code(token);
    }

    private String code(String token) {
        for (String prefix : CODE_LABELS) {
            String label = messages.getMessage(prefix + token, null, null, locale());
            if (label != null) {
                return label;
            }
        }
        return token;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
