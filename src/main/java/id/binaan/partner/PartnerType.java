package id.binaan.partner;

import id.binaan.shared.Labelled;

/** The kind of institution a partner is. */
public enum PartnerType implements Labelled {
    BPVP, DISDIKBUD, PKBM, LPK, OTHER;

    @Override
    public String labelKey() {
        return "partner.type." + name();
    }
}
