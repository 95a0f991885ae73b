package id.binaan.enrollment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import id.binaan.shared.RuleViolation;

/**
 * A program's places (DESIGN.md rule 1): never more ACTIVE enrollments than its capacity; the others wait in the
 * queue ({@link QueuePlace}) and move up the moment a place is free. Pure: the service reads the state under the
 * program's lock and writes what this decides.
 */
final class Places {

    private final int capacity;
    private long active;
    private final List<Enrollment> waiting;

    Places(int capacity, long active, List<Enrollment> waiting) {
        this.capacity = capacity;
        this.active = active;
        this.waiting = new ArrayList<>(waiting);
        this.waiting.sort(Comparator.comparing(Enrollment::queuePlace));
    }

    /** The guard on a changed capacity: never below the places taken. */
    static void requireCapacity(int capacity, long active) {
        RuleViolation.require(capacity >= active, "capacity", "program.error.belowTaken", active);
    }

    /** Takes a place for a newcomer: ACTIVE while one is free, WAITLISTED after that. */
    EnrollmentStatus admit() {
        if (active < capacity) {
            active++;
            return EnrollmentStatus.ACTIVE;
        }
        return EnrollmentStatus.WAITLISTED;
    }

    /** How {@code newcomers} arriving now would be placed, before anything is written. */
    Split split(int newcomers) {
        int free = (int) Math.max(0, capacity - active);
        int placed = Math.min(free, newcomers);
        return new Split(placed, newcomers - placed);
    }

    /**
     * The guard of a bulk enrollment: what is committed is what was shown before committing; when places were
     * taken or freed meanwhile, the new split is shown instead and nothing is written.
     */
    static void requireShown(Split now, Split shown) {
        RuleViolation.require(now.equals(shown), null, "enrollment.bulk.changed", now.active(), now.waiting());
    }

    /** Gives every free place to the first in the queue; answers those promoted. */
    List<Enrollment> fill(LocalDate on) {
        List<Enrollment> promoted = new ArrayList<>();
        while (active < capacity && !waiting.isEmpty()) {
            Enrollment next = waiting.remove(0);
            next.promote(on);
            promoted.add(next);
            active++;
        }
        return promoted;
    }

    /** The 1-based place of a waiting enrollment in the queue, 0 when it is not waiting. */
    int positionOf(Enrollment enrollment) {
        return waiting.indexOf(enrollment) + 1;
    }

    /** How many would become active and how many would wait. */
    record Split(int active, int waiting) {
    }
}
