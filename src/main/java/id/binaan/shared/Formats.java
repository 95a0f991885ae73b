package id.binaan.shared;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, times and numbers as people read them: {@code 28 November 2026}, {@code 14.30},
 * {@code 1.234}, {@code 87,5 %} in Indonesian. Used from templates as {@code @formats}.
 */
@Component("formats")
public class Formats {

    private final ZoneId zone;
    /** Formatters are immutable and thread-safe, and parsing a pattern costs more than formatting with it. */
    private final Map<String, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

    Formats(Clock clock) {
        this.zone = clock.getZone();
    }

    public String date(LocalDate date) {
        return date == null ? "" : formatter("d MMMM yyyy").format(date);
    }

    public String time(LocalTime time) {
        return time == null ? "" : formatter(english() ? "HH:mm" : "HH.mm").format(time);
    }

    /** An instant (stored in UTC) in the facility's local time. */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        String pattern = english() ? "d MMMM yyyy HH:mm" : "d MMMM yyyy HH.mm";
        return formatter(pattern).format(instant.atZone(zone));
    }

    /** Cached per pattern and locale; the cache stays small even if requests name many locales. */
    private DateTimeFormatter formatter(String pattern) {
        Locale locale = locale();
        String key = pattern + '|' + locale.toLanguageTag();
        DateTimeFormatter cached = formatters.get(key);
        if (cached != null) {
            return cached;
        }
        DateTimeFormatter made = DateTimeFormatter.ofPattern(pattern, locale);
        if (formatters.size() < 64) {
            formatters.put(key, made);
        }
        return made;
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /** An attendance percentage as the figures give it (one decimal already), or a dash when there is none. */
    public String percentOrDash(java.math.BigDecimal value) {
        return value == null ? "–" : percent(value.doubleValue());
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
