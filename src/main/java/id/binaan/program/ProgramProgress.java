package id.binaan.program;

/**
 * How far a program has come, as completion needs it (DESIGN.md rule 5): the JP it has held (counted as
 * {@code program_jp_held} counts them), its target, whether its sessions are over, and the share of the JP held
 * while enrolled that a participant must attend.
 */
public record ProgramProgress(ProgramKind kind, int jpHeld, int targetJp, boolean sessionsOver,
        int completionThresholdPercent) {
}
