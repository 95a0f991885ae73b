package id.binaan.report;

import id.binaan.shared.Scope;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.binaan.account.CurrentUser;
import id.binaan.audit.AuditLog;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Checks a printed certificate by its verification code. Open to anyone: those who check a certificate
 * (Bapas, the parole and remission files at the regional office, an employer after release) have no account,
 * the code is 60 random bits and cannot be guessed, and the page shows only what the paper in their hands
 * already says.
 */
@Controller
class CertificateVerificationController {

    private final CompletionCertificates certificates;
    private final AuditLog auditLog;
    private final VerificationLimits limits;

    CertificateVerificationController(CompletionCertificates certificates, AuditLog auditLog, VerificationLimits limits) {
        this.certificates = certificates;
        this.auditLog = auditLog;
        this.limits = limits;
    }

    @GetMapping("/certificates/verify")
    String verify(@RequestParam(required = false) String code, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("code", code == null ? "" : code.strip());
        if (code == null || code.isBlank()) {
            return "report/verify";
        }
        String address = request.getRemoteAddr();
        if (!limits.tryCheck(address)) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, "60");
            model.addAttribute("tooMany", true);
            return "report/verify";
        }
        // anyone may check a code, whichever facility issued it: read across facilities (the check shows one certificate)
        Optional<CompletionCertificates.Certificate> found = Scope.national().call(() -> certificates.byCode(code));
        String actor = user == null ? null : user.getUsername();
        if (found.isPresent()) {
            model.addAttribute("certificate", found.get());
            // in the issuing facility's log: its administrator sees who checked its certificates
            auditLog.recordFor(found.get().facilityId(), actor, "CERTIFICATE_VERIFIED", "Enrollment",
                    found.get().enrollmentId(), found.get().number());
        } else {
            model.addAttribute("notFound", true);
            int unrecorded = limits.failed(address);
            if (unrecorded > 0) {
                auditLog.record(actor, "CERTIFICATE_NOT_VERIFIED", "Certificate", null, "address=" + address
                        + ", codes matching nothing since the last record=" + unrecorded
                        + ", latest=" + CompletionCertificates.normalise(code));
            }
        }
        return "report/verify";
    }
}
