package id.binaan.program;

/**
 * A program's capacity was changed, published in the transaction that changes it. The module that keeps the
 * enrollments answers at once: a raised capacity promotes the first on the waiting list; a capacity below the
 * places taken refuses the change (DESIGN.md rule 1).
 */
public record ProgramCapacityChanged(Long programId, int capacity) {
}
