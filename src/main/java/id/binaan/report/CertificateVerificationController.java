package id.binaan.report;

import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.binaan.account.CurrentUser;
import id.binaan.audit.AuditLog;

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

    CertificateVerificationController(CompletionCertificates certificates, AuditLog auditLog) {
        this.certificates = certificates;
        this.auditLog = auditLog;
    }

    @GetMapping("/certificates/verify")
    String verify(@RequestParam(required = false) String code, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("code", code == null ? "" : code.strip());
        if (code == null || code.isBlank()) {
            return "report/verify";
        }
        Optional<CompletionCertificates.Certificate> found = certificates.byCode(code);
        String actor = user == null ? null : user.getUsername();
        if (found.isPresent()) {
            model.addAttribute("certificate", found.get());
            auditLog.record(actor, "CERTIFICATE_VERIFIED", "Enrollment", found.get().enrollmentId(), found.get().number());
        } else {
            model.addAttribute("notFound", true);
            auditLog.record(actor, "CERTIFICATE_NOT_VERIFIED", "Certificate", null,
                    "code=" + CompletionCertificates.normalise(code));
        }
        return "report/verify";
    }
}
