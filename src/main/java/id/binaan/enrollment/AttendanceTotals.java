package id.binaan.enrollment;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What the attendance records say about one enrollment; the attendance module provides it, counted by the one
 * definition of DESIGN.md "Counting JP" ({@code enrollment_jp}, R__enrollment_report.sql). Completion (rule 5) is
 * decided from it.
 */
public interface AttendanceTotals {

    Tally tally(Long enrollmentId);

    /** Tallies for several enrollments; implementations answer with one query. */
    default Map<Long, Tally> tallies(Collection<Long> enrollmentIds) {
        Map<Long, Tally> result = new HashMap<>();
        enrollmentIds.forEach(id -> result.put(id, tally(id)));
        return result;
    }

    /**
     * The figures of DESIGN.md "Counting JP" for one enrollment, as {@code enrollment_jp} gives them: the sessions
     * held while enrolled and those attended; the JP held while enrolled, the JP of excused absences among them,
     * the JP expected (held less excused) and the JP attended; the attendance percentage (attended of expected, one
     * decimal; none when nothing was expected).
     */
    record Tally(int sessionsHeld, int sessionsAttended, int jpHeld, int jpExcused, int jpExpected, int jpAttended,
            BigDecimal attendancePercent) {

        public static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0, null);

        /** JP attended reach {@code thresholdPercent} of the JP expected (and something was expected). */
        public boolean reaches(int thresholdPercent) {
            return jpExpected > 0 && jpAttended * 100L >= (long) thresholdPercent * jpExpected;
        }
    }
}
