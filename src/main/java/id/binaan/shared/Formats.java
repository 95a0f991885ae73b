package id.binaan.shared;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, times and numbers as people read them: {@code 28 November 2026}, {@code 14.30},
 * {@code 1.234}, {@code 87,5 %} in Indonesian. Used from templates as {@code @formats}.
 */
@Component("formats")
public class Formats {

    private final ZoneId zone;

    Formats(Clock clock) {
        this.zone = clock.getZone();
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(date);
    }

    public String time(LocalTime time) {
        return time == null ? "" : DateTimeFormatter.ofPattern(english() ? "HH:mm" : "HH.mm", locale()).format(time);
    }

    /** An instant (stored in UTC) in the facility's local time. */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        String pattern = english() ? "d MMMM yyyy HH:mm" : "d MMMM yyyy HH.mm";
        return DateTimeFormatter.ofPattern(pattern, locale()).format(instant.atZone(zone));
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /** A percentage with one decimal: {@code 87,5 %} / {@code 87.5%}. */
    public String percent(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(0);
        return english() ? format.format(value) + "%" : format.format(value) + " %";
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static boolean english() {
        return "en".equals(locale().getLanguage());
    }
}
