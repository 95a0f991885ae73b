package id.binaan.program;

/** Pembinaan kemandirian (vocational training) or program kesetaraan (equivalency class). */
public enum ProgramKind {
    TRAINING, EQUIVALENCY
}
