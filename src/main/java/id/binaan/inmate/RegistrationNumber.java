package id.binaan.inmate;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Indonesian register number of an inmate: register letter and class, a space, the sequence
 * number, a slash and the four-digit year, e.g. {@code A.I 12/2026} or {@code B.IIa 123/2026}.
 * Register A holds tahanan by detaining authority (A.I police, A.II prosecutor, A.III district
 * court, A.IV high court, A.V supreme court); register B holds narapidana by sentence (B.I over
 * one year, B.IIa three to twelve months, B.IIb up to three months, B.III substitute detention).
 * Case and spacing are forgiven and the canonical spelling is stored.
 */
final class RegistrationNumber {

    private static final Pattern FORM = Pattern.compile(
            "^([AB])\\s*\\.\\s*(IIA|IIB|III|II|IV|V|I)\\s+0*(\\d{1,6})\\s*/\\s*(\\d{4})$");

    private RegistrationNumber() {
    }

    /** The canonical form, or empty when the value does not follow the register form. */
    static Optional<String> normalize(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(value.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        String register = m.group(1);
        String klass = m.group(2);
        boolean fits = register.equals("A") ? klass.matches("I|II|III|IV|V") : klass.matches("I|IIA|IIB|III");
        if (!fits || Integer.parseInt(m.group(3)) == 0) {
            return Optional.empty();
        }
        klass = klass.endsWith("A") || klass.endsWith("B") && klass.length() == 3
                ? klass.substring(0, 2) + klass.substring(2).toLowerCase(Locale.ROOT) : klass;
        return Optional.of(register + "." + klass + " " + m.group(3) + "/" + m.group(4));
    }

    /** Register A is for tahanan, register B for narapidana. */
    static LegalStatus legalStatusOf(String canonical) {
        return canonical.startsWith("A") ? LegalStatus.TAHANAN : LegalStatus.NARAPIDANA;
    }
}
