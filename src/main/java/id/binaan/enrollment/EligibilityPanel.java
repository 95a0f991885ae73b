package id.binaan.enrollment;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import id.binaan.shared.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns an eligibility check into the lines of the panel shown before enrolling. */
@Component
class EligibilityPanel {

    private final MessageSource messages;
    private final Formats formats;

    EligibilityPanel(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    record Line(String rule, String verdict, String title, String reason) {
    }

    record Panel(List<Line> lines, boolean blocked, boolean warns) {
    }

    Panel of(Eligibility.Check check) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Line> lines = check.rules().stream().map(result -> new Line(
                result.rule().name(),
                result.verdict().name(),
                messages.getMessage("eligibility." + result.rule().name(), null, locale),
                messages.getMessage(result.messageKey(), displayable(result.args()), locale)))
                .toList();
        return new Panel(lines, check.blocked(), check.warns());
    }

    private Object[] displayable(List<Object> args) {
        Locale locale = LocaleContextHolder.getLocale();
        return args.stream().map(arg -> arg instanceof LocalDate date ? formats.date(date)
                : messages.getMessage("eligibility.code." + arg, null, String.valueOf(arg), locale)).toArray();
    }
}
