package id.binaan.report;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import id.binaan.account.CurrentUser;
import id.binaan.audit.AuditLog;
import id.binaan.partner.Partners;

/** The reports page (ADMIN, STAFF) and the CSV enrollment export (ADMIN). */
@Controller
class ReportController {

    private final EnrollmentReport report;
    private final Partners partners;
    private final AuditLog auditLog;
    private final Clock clock;
    private final RunningExports exports;

    ReportController(EnrollmentReport report, Partners partners, AuditLog auditLog, Clock clock, RunningExports exports) {
        this.report = report;
        this.partners = partners;
        this.auditLog = auditLog;
        this.clock = clock;
        this.exports = exports;
    }

    @GetMapping("/reports")
    String reports(EnrollmentReportFilter filter, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("rowCount", report.count(filter));
        model.addAttribute("partners", partners.options());
        model.addAttribute("kinds", id.binaan.program.ProgramKind.values());
        model.addAttribute("statuses", id.binaan.enrollment.EnrollmentStatus.values());
        return "report/reports";
    }

    @GetMapping("/reports/enrollments.csv")
    void enrollmentsCsv(EnrollmentReportFilter filter, @RequestParam(defaultValue = "false") boolean excel,
                        @AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
        if (user == null || !(user.isAdmin() || user.isRegional() || user.isNational())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        // the Excel variant has a name of its own, so that the two downloads are never mistaken for each other
        String filename = (excel ? "binaan-peserta-excel-" : "binaan-enrollments-") + LocalDate.now(clock) + ".csv";
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        RunningExports.Export export = exports.begin(user.getUsername(), filter.describe() + " excel=" + excel);
        long rows;
        try {
            rows = report.write(filter, excel, response.getOutputStream(), export);
            response.flushBuffer();
        } catch (IOException | RuntimeException e) {
            export.abandon();
            throw e;
        }
        // the count is known only now; the audit record gets its own transaction. An export cut by a shutdown while
        // it was ending has its record already (RunningExports).
        if (export.finish()) {
            auditLog.record(user.getUsername(), "ENROLLMENT_REPORT_EXPORTED", "report", "enrollments.csv",
                    filter.describe() + " excel=" + excel + " rows=" + rows);
        }
    }
}
