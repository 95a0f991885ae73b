package id.binaan.report;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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

    private static final Logger log = LoggerFactory.getLogger(DocumentController.class);
    static final String VERIFY_PATH = "/certificates/verify";

    private final Inmates inmates;
    private final Participation participation;
    private final CompletionCertificates certificates;
    private final EvidencePackPdf evidencePack;
    private final CertificatePdf certificatePdf;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Facilities facilities;
    private final String publicUrl;

    DocumentController(Inmates inmates, Participation participation, CompletionCertificates certificates,
            EvidencePackPdf evidencePack, CertificatePdf certificatePdf, AuditLog auditLog, Clock clock,
            Facilities facilities, @Value("${binaan.public-url:}") String publicUrl) {
        this.publicUrl = publicAddress(publicUrl);
        if (this.publicUrl == null) {
            log.info("binaan.public-url (BINAAN_PUBLIC_URL) is not set: certificates name the verification page by "
                    + "its path only, {}", VERIFY_PATH);
        }
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
    ResponseEntity<byte[]> certificate(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user,
            HttpServletRequest request) {
        CompletionCertificates.Certificate certificate = certificates.issue(id, user.getUsername())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String verifyAt = verifyAt(request.getContextPath());
        byte[] pdf = certificatePdf.render(certificate, LocalDate.ofInstant(certificate.issuedAt(), clock.getZone()),
                verifyAt);
        auditLog.record(user.getUsername(), "CERTIFICATE_PRODUCED", "Enrollment", id, certificate.number());
        return pdf("binaan-certificate-" + fileSafe(certificate.number()) + ".pdf", pdf);
    }

    /**
     * The address of the verification page printed on a certificate: under the configured public address
     * ({@code binaan.public-url}), else its path alone. Never built from the request's Host (or forwarded) header,
     * which a client chooses: a forged one would put someone else's site on the paper as the place to check it.
     */
    String verifyAt(String contextPath) {
        return publicUrl != null ? publicUrl + VERIFY_PATH : contextPath + VERIFY_PATH;
    }

    /** {@code https://binaan.example.go.id/} → {@code https://binaan.example.go.id}; empty → none. */
    static String publicAddress(String configured) {
        if (configured == null || configured.isBlank()) {
            return null;
        }
        String address = configured.strip().replaceAll("/+$", "");
        URI uri;
        try {
            uri = URI.create(address);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("binaan.public-url is not an address: " + configured, e);
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
            throw new IllegalArgumentException(
                    "binaan.public-url must be an http(s) address such as https://binaan.example.go.id: " + configured);
        }
        return address;
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
