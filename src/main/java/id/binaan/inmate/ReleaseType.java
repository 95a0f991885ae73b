package id.binaan.inmate;

import id.binaan.shared.Labelled;

/** How an inmate was released (DESIGN.md rule 3). */
public enum ReleaseType implements Labelled {
    BEBAS_MURNI, PEMBEBASAN_BERSYARAT, CUTI_BERSYARAT, CUTI_MENJELANG_BEBAS, PUTUSAN_PENGADILAN, OTHER;

    @Override
    public String labelKey() {
        return "inmate.releaseType." + name();
    }
}
