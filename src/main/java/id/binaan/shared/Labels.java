package id.binaan.shared;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A {@link Labelled} value's label in the reader's language; {@code @labels} in templates, for values that may be null. */
@Component("labels")
public class Labels {

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    /** The label, or an empty text for no value. */
    public String of(Labelled value) {
        return of(value, LocaleContextHolder.getLocale());
    }

    public String of(Labelled value, Locale locale) {
        return value == null ? "" : messages.getMessage(value, locale);
    }
}
