package id.binaan.enrollment;

/** The result of a completed enrollment: competence for trainings, a pass for classes. */
public enum Outcome {
    KOMPETEN, BELUM_KOMPETEN, LULUS, TIDAK_LULUS;

    public static Outcome[] forTraining() {
        return new Outcome[] {KOMPETEN, BELUM_KOMPETEN};
    }

    public static Outcome[] forClass() {
        return new Outcome[] {LULUS, TIDAK_LULUS};
    }

    boolean fitsTraining() {
        return this == KOMPETEN || this == BELUM_KOMPETEN;
    }
}
