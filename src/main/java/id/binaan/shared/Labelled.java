package id.binaan.shared;

import org.springframework.context.MessageSourceResolvable;

/**
 * A value with a label in words (DESIGN.md rule 7): every enum that can reach a page, a PDF or the Excel export
 * implements this, and its label lives in the message files under {@link #labelKey()}, in Indonesian and in
 * English ({@code MessagesTests} checks both). Templates write {@code #{${value.labelKey}}}; Java code and message
 * arguments pass the value itself, which a {@code MessageSource} resolves as its label. Codes appear only in the
 * machine CSV.
 */
public interface Labelled extends MessageSourceResolvable {

    /** The message key of this value's label, e.g. {@code enrollment.status.ACTIVE}. */
    String labelKey();

    @Override
    default String[] getCodes() {
        return new String[] {labelKey()};
    }
}
