package id.binaan.partner;

/** The kind of institution a partner is. */
public enum PartnerType {
    BPVP, DISDIKBUD, PKBM, LPK, OTHER
}
