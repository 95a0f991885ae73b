package id.binaan.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import id.binaan.attendance.AbsenceReason;
import id.binaan.attendance.AttendanceStatus;
import id.binaan.enrollment.EndReason;
import id.binaan.enrollment.EnrollmentStatus;
import id.binaan.enrollment.Outcome;
import id.binaan.program.ProgramKind;
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

    /**
     * One enrollment, with the figures of DESIGN.md "Counting JP" as the enrollment report has them;
     * {@code issuedNumber} is the facility's completion certificate, once one was made.
     */
    record Line(Long enrollmentId, ProgramKind programKind, String programTitle, String partner,
            EnrollmentStatus status, LocalDate enrolledOn, LocalDate endedOn, EndReason endReason, int sessionsHeld,
            int sessionsAttended, int jpHeld, int jpAttended, BigDecimal attendancePercent, Outcome outcome,
            String certificateNumber, String issuedNumber) {

        public boolean completed() {
            return status == EnrollmentStatus.COMPLETED;
        }

        public boolean certified() {
            return completed() && outcome != null && outcome.passing();
        }
    }

    /** Sessions held that the inmate was expected at, by what was recorded: present, or excused or absent and why. */
    record Absence(AttendanceStatus status, AbsenceReason reason, int sessions, int jp) {
    }

    /** Every held session of every enrollment of the inmate, counted by status and reason; present first. */
    @Transactional(readOnly = true)
    public List<Absence> breakdown(Long inmateId) {
        return jdbc.query("""
                select a.status, a.absence_reason, count(*), coalesce(sum(coalesce(s.jp_delivered, s.jp)), 0)
                  from attendance a
                  join enrollment e on e.id = a.enrollment_id
                  join program_session s on s.id = a.session_id
                 where e.inmate_id = ? and s.status = 'HELD'
                 group by a.status, a.absence_reason
                 order by case a.status when 'PRESENT' then 0 when 'EXCUSED' then 1 else 2 end, count(*) desc""",
                (rs, n) -> new Absence(AttendanceStatus.valueOf(rs.getString(1)),
                        rs.getString(2) == null ? null : AbsenceReason.valueOf(rs.getString(2)), rs.getInt(3),
                        rs.getInt(4)), inmateId);
    }

    @Transactional(readOnly = true)
    public List<Line> of(Long inmateId) {
        return jdbc.query("""
                select r.enrollment_id, r.program_kind, r.program_title, r.partner, r.status, r.enrolled_on,
                       r.ended_on, r.end_reason, r.sessions_held, r.sessions_attended, r.jp_held, r.jp_attended,
                       r.attendance_pct, r.outcome, r.certificate_number, c.number
                  from enrollment_report r
                  join enrollment e on e.id = r.enrollment_id
                  left join completion_certificate c on c.enrollment_id = r.enrollment_id
                 where e.inmate_id = ?
                 order by r.enrolled_on, r.enrollment_id""",
                (rs, n) -> new Line(rs.getLong(1), ProgramKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), EnrollmentStatus.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class), rs.getString(8) == null ? null : EndReason.valueOf(rs.getString(8)),
                        rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getBigDecimal(13),
                        rs.getString(14) == null ? null : Outcome.valueOf(rs.getString(14)), rs.getString(15),
                        rs.getString(16)), inmateId);
    }
}
