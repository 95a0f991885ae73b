package id.binaan.enrollment;

import java.time.Instant;
import java.util.Comparator;

/**
 * Where a waiting enrollment stands in the queue (DESIGN.md rule 1): those put first by staff, in the order they
 * were put first; then everyone else, first come first served.
 */
record QueuePlace(Instant putFirstAt, Instant requestedAt, long id) implements Comparable<QueuePlace> {

    private static final Comparator<QueuePlace> ORDER = Comparator
            .comparing(QueuePlace::putFirstAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(QueuePlace::requestedAt)
            .thenComparingLong(QueuePlace::id);

    @Override
    public int compareTo(QueuePlace other) {
        return ORDER.compare(this, other);
    }
}
