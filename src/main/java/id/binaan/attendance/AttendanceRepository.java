package id.binaan.attendance;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    List<Attendance> findBySessionId(Long sessionId);

    /**
     * enrollment id, sessions held while enrolled, sessions attended, JP held while enrolled, JP excused, JP expected,
     * JP attended, attendance percentage
     * — one row per enrollment, by the one definition of DESIGN.md "Counting JP" ({@code enrollment_jp}).
     */
    @Query(value = """
            select e.id, t.sessions_held, t.sessions_attended, t.jp_held, t.jp_excused, t.jp_expected, t.jp_attended,
                   t.attendance_pct
              from enrollment e cross join lateral enrollment_jp(e.id) t
             where e.id in (:ids)""", nativeQuery = true)
    List<Object[]> tallies(Collection<Long> ids);
}
