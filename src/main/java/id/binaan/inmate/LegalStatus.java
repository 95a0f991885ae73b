package id.binaan.inmate;

/** Tahanan: pre-trial detainee (register A); narapidana: sentenced prisoner (register B). */
public enum LegalStatus {
    TAHANAN, NARAPIDANA
}
