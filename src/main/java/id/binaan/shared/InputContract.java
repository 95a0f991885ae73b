package id.binaan.shared;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * One contract for what a request carries, whatever the route:
 * <ul>
 * <li>a date is an ISO date (what a date field sends) between {@link #EARLIEST_DATE} and {@link #LATEST_DATE}; any
 * other is a conversion failure, which in the address is a 400 page and in a form a message beside the field
 * ({@code typeMismatch.*} in messages.properties), instead of reaching PostgreSQL as a date it cannot hold;</li>
 * <li>a number that does not fit its type (an id beyond a long, a capacity beyond an int) is the same conversion
 * failure;</li>
 * <li>a page number is clamped to what an offset can hold ({@link #page}): a page far beyond the last is empty;</li>
 * <li>{@code /error} is where the container renders errors, not an address of its own: asked for directly, it is
 * not found ({@link HtmlErrors}).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class InputContract implements WebMvcConfigurer {

    /** The earliest date any field or filter accepts (birth dates included). */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** The latest date any field or filter accepts. */
    public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);

    /**
     * Parsing only: registered after Spring's own, it is tried first for every {@code LocalDate}, with or without
     * {@code @DateTimeFormat(iso = DATE)} (which asks for the same format). Printing stays Spring's.
     */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addParser(new BoundedDates());
    }

    /** A page of {@code size} rows; a negative page is the first, one beyond any offset the last that can be asked. */
    public static PageRequest page(int page, int size, Sort sort) {
        int last = Integer.MAX_VALUE / size - 1;
        return PageRequest.of(Math.min(Math.max(0, page), last), size, sort);
    }

    public static PageRequest page(int page, int size) {
        return page(page, size, Sort.unsorted());
    }

    static final class BoundedDates implements Parser<LocalDate> {

        @Override
        public LocalDate parse(String text, Locale locale) throws ParseException {
            LocalDate date;
            try {
                date = LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new ParseException("Not an ISO date", e.getErrorIndex());
            }
            if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
                throw new ParseException("Date outside " + EARLIEST_DATE + " to " + LATEST_DATE, 0);
            }
            return date;
        }
    }
}
