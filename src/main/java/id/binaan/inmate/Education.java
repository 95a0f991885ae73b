package id.binaan.inmate;

import id.binaan.shared.Labelled;

/** Highest completed education; Paket A/B/C are the equivalency diplomas of SD/SMP/SMA. */
public enum Education implements Labelled {
    NONE, SD, SMP, SMA, DIPLOMA, SARJANA, PAKET_A, PAKET_B, PAKET_C;

    @Override
    public String labelKey() {
        return "inmate.education." + name();
    }
}
