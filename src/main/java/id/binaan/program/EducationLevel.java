package id.binaan.program;

import id.binaan.inmate.Education;
import id.binaan.shared.Labelled;

/** Paket A / B / C, equal to SD / SMP / SMA. */
public enum EducationLevel implements Labelled {
    PAKET_A, PAKET_B, PAKET_C;

    /**
     * Whether a learner who has completed {@code education} fits this level (DESIGN.md rule 2): Paket A is for
     * those below SD; Paket B for those with SD or Paket A and not yet SMP; Paket C for those with SMP or Paket B
     * and not yet SMA.
     */
    public boolean admits(Education education) {
        return switch (this) {
            case PAKET_A -> education == Education.NONE;
            case PAKET_B -> education == Education.SD || education == Education.PAKET_A;
            case PAKET_C -> education == Education.SMP || education == Education.PAKET_B;
        };
    }

    @Override
    public String labelKey() {
        return "program.level." + name();
    }
}
