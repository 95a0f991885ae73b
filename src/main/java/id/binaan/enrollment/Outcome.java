package id.binaan.enrollment;

import id.binaan.program.ProgramKind;
import id.binaan.shared.Labelled;

/** The result of a completed enrollment: competence for trainings, a pass for classes. */
public enum Outcome implements Labelled {
    KOMPETEN, BELUM_KOMPETEN, LULUS, TIDAK_LULUS;

    /** The outcomes of a program of that kind, the passing one first. */
    public static Outcome[] of(ProgramKind kind) {
        return kind == ProgramKind.TRAINING ? new Outcome[] {KOMPETEN, BELUM_KOMPETEN}
                : new Outcome[] {LULUS, TIDAK_LULUS};
    }

    public boolean fits(ProgramKind kind) {
        return (this == KOMPETEN || this == BELUM_KOMPETEN) == (kind == ProgramKind.TRAINING);
    }

    /** A passing outcome; only a pass carries a certificate or ijazah number. */
    public boolean passing() {
        return this == KOMPETEN || this == LULUS;
    }

    @Override
    public String labelKey() {
        return "enrollment.outcome." + name();
    }
}
