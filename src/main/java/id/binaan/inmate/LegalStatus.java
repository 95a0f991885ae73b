package id.binaan.inmate;

import id.binaan.shared.Labelled;

/** Tahanan: pre-trial detainee (register A); narapidana: sentenced prisoner (register B). */
public enum LegalStatus implements Labelled {
    TAHANAN, NARAPIDANA;

    @Override
    public String labelKey() {
        return "inmate.legal." + name();
    }
}
