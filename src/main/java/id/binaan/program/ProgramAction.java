package id.binaan.program;

import id.binaan.shared.Labelled;

/** The explicit lifecycle actions of a program; the label is what its button says. */
enum ProgramAction implements Labelled {
    OPEN, START, COMPLETE, CANCEL;

    @Override
    public String labelKey() {
        return "program.action." + name();
    }
}
