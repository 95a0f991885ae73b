package id.binaan.attendance;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    List<Attendance> findBySessionId(Long sessionId);

    /** enrollment id, sessions held, sessions attended, JP held, JP attended — one row per enrollment. */
    @Query(value = """
            select a.enrollment_id,
                   count(*),
                   count(*) filter (where a.status = 'PRESENT'),
                   coalesce(sum(s.jp), 0),
                   coalesce(sum(s.jp) filter (where a.status = 'PRESENT'), 0)
            from attendance a
            join program_session s on s.id = a.session_id and s.status = 'HELD'
            join enrollment e on e.id = a.enrollment_id and e.program_id = s.program_id
            where a.enrollment_id in (:ids)
            group by a.enrollment_id""", nativeQuery = true)
    List<Object[]> tallies(Collection<Long> ids);
}
