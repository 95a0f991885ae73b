package id.binaan.enrollment;

/**
 * What the attendance records say about one enrollment; the attendance module provides it.
 * Completion (DESIGN.md rule 5) is decided from it.
 */
public interface AttendanceTotals {

    Tally tally(Long enrollmentId);

    /** Tallies for several enrollments; implementations answer with one query. */
    default java.util.Map<Long, Tally> tallies(java.util.Collection<Long> enrollmentIds) {
        java.util.Map<Long, Tally> result = new java.util.HashMap<>();
        enrollmentIds.forEach(id -> result.put(id, tally(id)));
        return result;
    }

    record Tally(int sessionsHeld, int sessionsAttended, int jpHeld, int jpAttended) {

        public static final Tally NONE = new Tally(0, 0, 0, 0);

        /** Attended JP reach {@code thresholdPercent} of the JP held (and something was held). */
        public boolean reaches(int thresholdPercent) {
            return jpHeld > 0 && jpAttended * 100L >= (long) thresholdPercent * jpHeld;
        }

        public double attendancePercent() {
            return sessionsHeld == 0 ? 0 : sessionsAttended * 100.0 / sessionsHeld;
        }
    }
}
