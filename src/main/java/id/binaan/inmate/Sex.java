package id.binaan.inmate;

import id.binaan.shared.Labelled;

/** Sex as recorded in the register: L (laki-laki) is MALE, P (perempuan) is FEMALE. */
public enum Sex implements Labelled {
    MALE, FEMALE;

    /** Accepts the code or the Indonesian letter, in any case. */
    static Sex parse(String value) {
        return switch (value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "L", "MALE", "LAKI-LAKI" -> MALE;
            case "P", "FEMALE", "PEREMPUAN" -> FEMALE;
            default -> null;
        };
    }

    @Override
    public String labelKey() {
        return "inmate.sex." + name();
    }
}
