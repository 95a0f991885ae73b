package id.binaan.program;

/** The explicit lifecycle actions of a program. */
enum ProgramAction {
    OPEN, START, COMPLETE, CANCEL
}
