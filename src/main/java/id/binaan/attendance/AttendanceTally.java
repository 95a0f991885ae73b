package id.binaan.attendance;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.binaan.enrollment.AttendanceTotals;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Totals per enrollment by the one definition of DESIGN.md "Counting JP" ({@code enrollment_jp}), in one query. */
@Service
class AttendanceTally implements AttendanceTotals {

    private final AttendanceRepository attendance;

    AttendanceTally(AttendanceRepository attendance) {
        this.attendance = attendance;
    }

    @Override
    @Transactional(readOnly = true)
    public Tally tally(Long enrollmentId) {
        return tallies(List.of(enrollmentId)).getOrDefault(enrollmentId, Tally.NONE);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Tally> tallies(Collection<Long> enrollmentIds) {
        Map<Long, Tally> result = new HashMap<>();
        if (enrollmentIds.isEmpty()) {
            return result;
        }
        enrollmentIds.forEach(id -> result.put(id, Tally.NONE));
        for (Object[] row : attendance.tallies(enrollmentIds)) {
            result.put(((Number) row[0]).longValue(), new Tally(((Number) row[1]).intValue(),
                    ((Number) row[2]).intValue(), ((Number) row[3]).intValue(), ((Number) row[4]).intValue(),
                    ((Number) row[5]).intValue(), ((Number) row[6]).intValue(), (java.math.BigDecimal) row[7]));
        }
        return result;
    }
}
