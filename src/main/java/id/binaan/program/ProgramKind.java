package id.binaan.program;

import java.util.EnumSet;
import java.util.Set;

import id.binaan.partner.PartnerType;
import id.binaan.shared.Labelled;

/** Pembinaan kemandirian (vocational training) or program kesetaraan (equivalency class). */
public enum ProgramKind implements Labelled {
    TRAINING, EQUIVALENCY;

    /** The institutions that run this kind of program. */
    public Set<PartnerType> runBy() {
        return this == TRAINING ? EnumSet.of(PartnerType.BPVP, PartnerType.LPK, PartnerType.OTHER)
                : EnumSet.of(PartnerType.DISDIKBUD, PartnerType.PKBM, PartnerType.OTHER);
    }

    @Override
    public String labelKey() {
        return "program.kind." + name();
    }
}
