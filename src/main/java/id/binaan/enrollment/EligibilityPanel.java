package id.binaan.enrollment;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import id.binaan.program.ProgramSummary;
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

    record Line(Eligibility.Rule rule, Eligibility.Verdict verdict, String title, String reason) {
    }

    /** The lines, and the programs taking participants that would suit the inmate where this one does not. */
    record Panel(List<Line> lines, boolean blocked, boolean warns, List<ProgramSummary> suggestions) {
    }

    Panel of(Eligibility.Check check) {
        return of(check, List.of());
    }

    Panel of(Eligibility.Check check, List<ProgramSummary> suggestions) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Line> lines = check.rules().stream().map(result -> new Line(result.rule(), result.verdict(),
                messages.getMessage(result.rule(), locale),
                messages.getMessage(result.messageKey(), displayable(result.args()), locale)))
                .toList();
        return new Panel(lines, check.blocked(), check.warns(), suggestions);
    }

    /** Dates in words; labelled values (education, level, audience, sex) are resolved by the message source. */
    private Object[] displayable(List<Object> args) {
        return args.stream().map(arg -> arg instanceof LocalDate date ? formats.date(date) : arg).toArray();
    }
}
