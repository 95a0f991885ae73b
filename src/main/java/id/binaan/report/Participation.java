package id.binaan.report;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An inmate's enrollments with the figures of the enrollment report: the content of the evidence pack. */
@Service
class Participation {

    private final JdbcTemplate jdbc;

    Participation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One enrollment; {@code issuedNumber} is the facility's completion certificate, once one was made. */
    record Line(Long enrollmentId, String programKind, String programTitle, String partner, String status,
            LocalDate enrolledOn, LocalDate endedOn, String endReason, int sessionsHeld, int sessionsAttended,
            int jpAttended, int programJp, String outcome, String certificateNumber, String issuedNumber) {

        public double attendancePercent() {
            return sessionsHeld == 0 ? 0 : sessionsAttended * 100.0 / sessionsHeld;
        }

        public boolean completed() {
            return "COMPLETED".equals(status);
        }
    }

    @Transactional(readOnly = true)
    public List<Line> of(Long inmateId) {
        return jdbc.query("""
                select r.enrollment_id, r.program_kind, r.program_title, r.partner, r.status, r.enrolled_on,
                       r.ended_on, r.end_reason, r.sessions_held, r.sessions_attended, r.jp_attended, p.target_jp,
                       r.outcome, r.certificate_number, c.number
                  from enrollment_report r
                  join enrollment e on e.id = r.enrollment_id
                  join program p on p.id = e.program_id
                  left join completion_certificate c on c.enrollment_id = r.enrollment_id
                 where e.inmate_id = ?
                 order by r.enrolled_on, r.enrollment_id""",
                (rs, n) -> new Line(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getString(8),
                        rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getString(13), rs.getString(14),
                        rs.getString(15)), inmateId);
    }
}
