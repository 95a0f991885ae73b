package id.binaan.report;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import id.binaan.account.CurrentUser;
import id.binaan.audit.AuditLog;
import id.binaan.facility.Facilities;
import id.binaan.inmate.InmateSummary;
import id.binaan.inmate.Inmates;

/**
 * The PDF documents (ADMIN, STAFF): an inmate's evidence pack and a completed enrollment's certificate. Each
 * one produced is in the audit log.
 */
@Controller
class DocumentController {

    private final Inmates inmates;
    private final Participation participation;
    private final CompletionCertificates certificates;
    private final EvidencePackPdf evidencePack;
    private final CertificatePdf certificatePdf;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Facilities facilities;

    DocumentController(Inmates inmates, Participation participation, CompletionCertificates certificates,
            EvidencePackPdf evidencePack, CertificatePdf certificatePdf, AuditLog auditLog, Clock clock,
            Facilities facilities) {
        this.facilities = facilities;
        this.inmates = inmates;
        this.participation = participation;
        this.certificates = certificates;
        this.evidencePack = evidencePack;
        this.certificatePdf = certificatePdf;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @GetMapping("/inmates/{id}/evidence.pdf")
    ResponseEntity<byte[]> evidencePack(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        InmateSummary inmate = inmates.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        LocalDate today = LocalDate.now(clock);
        String facility = facilities.find(user.getFacilityId()).map(Facilities.FacilityInfo::name).orElse("");
        byte[] pdf = evidencePack.render(facility, inmate, participation.of(id), participation.breakdown(id), today);
        auditLog.record(user.getUsername(), "EVIDENCE_PACK_PRODUCED", "Inmate", id, inmate.registrationNumber());
        return pdf("binaan-evidence-" + fileSafe(inmate.registrationNumber()) + "-" + today + ".pdf", pdf);
    }

    /**
     * The certificate is issued the first time it is asked for, and the same one (number, code) is printed
     * every time after.
     */
    @GetMapping("/enrollments/{id}/certificate.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        CompletionCertificates.Certificate certificate = certificates.issue(id, user.getUsername())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String verifyAt = ServletUriComponentsBuilder.fromCurrentContextPath().path("/certificates/verify")
                .build().toUriString();
        byte[] pdf = certificatePdf.render(certificate, LocalDate.ofInstant(certificate.issuedAt(), clock.getZone()),
                verifyAt);
        auditLog.record(user.getUsername(), "CERTIFICATE_PRODUCED", "Enrollment", id, certificate.number());
        return pdf("binaan-certificate-" + fileSafe(certificate.number()) + ".pdf", pdf);
    }

    private static ResponseEntity<byte[]> pdf(String filename, byte[] body) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    /** {@code B.I 12/2026} → {@code B.I-12-2026}: letters, digits, dots and dashes only. */
    static String fileSafe(String value) {
        return value.replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("^-+|-+$", "");
    }
}
