package id.binaan.program;

import id.binaan.inmate.Sex;
import id.binaan.shared.Labelled;

/** Whom a program is meant for; a participant it does not admit needs a written reason (DESIGN.md rule 2). */
public enum Audience implements Labelled {
    ALL, MALE, FEMALE;

    public boolean admits(Sex sex) {
        return switch (this) {
            case ALL -> true;
            case MALE -> sex == Sex.MALE;
            case FEMALE -> sex == Sex.FEMALE;
        };
    }

    @Override
    public String labelKey() {
        return "program.audience." + name();
    }
}
