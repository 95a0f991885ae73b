package id.binaan.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import id.binaan.inmate.Inmates;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** An inmate's participation on one printable page, for the observation board (TPP) and remission files. */
@Controller
class EvidencePackController {

    private final Inmates inmates;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    EvidencePackController(Inmates inmates, JdbcTemplate jdbc, Clock clock) {
        this.inmates = inmates;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Line(String programKind, String programTitle, String partner, String status, LocalDate enrolledOn,
            LocalDate endedOn, String endReason, int sessionsHeld, int sessionsAttended, int jpAttended, String outcome,
            String certificateNumber) {

        public double attendancePercent() {
            return sessionsHeld == 0 ? 0 : sessionsAttended * 100.0 / sessionsHeld;
        }
    }

    @GetMapping("/inmates/{id}/evidence")
    @Transactional(readOnly = true)
    String evidence(@PathVariable Long id, Model model) {
        model.addAttribute("inmate", inmates.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        List<Line> lines = jdbc.query("""
                select r.program_kind, r.program_title, r.partner, r.status, r.enrolled_on, r.ended_on, r.end_reason,
                       r.sessions_held, r.sessions_attended, r.jp_attended, r.outcome, r.certificate_number
                from enrollment_report r join enrollment e on e.id = r.enrollment_id
                where e.inmate_id = ? order by r.enrolled_on, r.enrollment_id""",
                (rs, n) -> new Line(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getInt(8),
                        rs.getInt(9), rs.getInt(10), rs.getString(11), rs.getString(12)), id);
        model.addAttribute("lines", lines);
        model.addAttribute("today", LocalDate.now(clock));
        return "report/evidence";
    }
}
