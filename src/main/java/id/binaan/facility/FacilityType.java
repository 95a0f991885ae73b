package id.binaan.facility;

import id.binaan.shared.Labelled;

/** The kinds of UPT Pemasyarakatan that run pembinaan. */
public enum FacilityType implements Labelled {
    RUTAN, LAPAS, LPKA, LPP;

    @Override
    public String labelKey() {
        return "facility.type." + name();
    }
}
