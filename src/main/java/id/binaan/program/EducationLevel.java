package id.binaan.program;

/** Paket A / B / C, equal to SD / SMP / SMA. */
public enum EducationLevel {
    PAKET_A, PAKET_B, PAKET_C
}
