package id.binaan.inmate;

/** Highest completed education; Paket A/B/C are the equivalency diplomas of SD/SMP/SMA. */
public enum Education {
    NONE, SD, SMP, SMA, DIPLOMA, SARJANA, PAKET_A, PAKET_B, PAKET_C
}
