package id.binaan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import id.binaan.enrollment.EnrollmentService;
import id.binaan.enrollment.Outcome;
import id.binaan.inmate.Inmates;
import id.binaan.partner.Partners;
import id.binaan.program.ProgramSetup;

/** The evidence pack and completion certificate PDFs, read back with OpenPDF's text extractor. */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentTests {

    static final String NAME = "Sitti Nur'aini Daéng Tayang";
    static final LocalDate ENROLLED = LocalDate.of(2026, 8, 17);

    @Autowired MockMvc mvc;
    @Autowired Inmates inmates;
    @Autowired ProgramSetup programs;
    @Autowired Partners partners;
    @Autowired EnrollmentService enrollments;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired CompletionCertificates certificates;

    ReportFixtures given;
    String name;
    String title;
    String partnerName;
    String partnerCertificate;
    Long inmate;
    Long completed;
    Long stillActive;

    /** A training attended 2 of 3 sessions (8 JP) and completed as KOMPETEN; a second participant still active. */
    @BeforeEach
    void setUp() throws Exception {
        given = new ReportFixtures(inmates, programs, partners, clock);
        ReportCourses courses = new ReportCourses(given, programs, enrollments, jdbc, mvc);
        name = NAME + " " + given.next();
        title = "Las Listrik SMAW " + given.next();
        Long partner = given.partner();
        partnerName = jdbc.queryForObject("select name from partner where id = ?", String.class, partner);
        partnerCertificate = "BNSP/LAS/" + given.next();
        inmate = given.inmate(name);
        ReportCourses.Course course = courses.course(partner, title, List.of(inmate, given.inmate("Rekan " + given.next())));
        completed = course.enrollments().get(0);
        stillActive = course.enrollments().get(1);
        List<Long> sessions = course.pastSessions();
        courses.record(sessions.get(0), completed, "PRESENT", stillActive, "PRESENT");
        courses.record(sessions.get(1), completed, "ABSENT", stillActive, "PRESENT");
        courses.record(sessions.get(2), completed, "PRESENT", stillActive, "PRESENT");
        // 8 of 12 JP is below 80 %: the program asks for 60 % here, so the completion is allowed; its target of
        // 12 JP is held, so its sessions are over
        jdbc.update("update program set completion_threshold_percent = 60, target_jp = 12 where id = ?",
                course.programId());
        enrollments.complete("test", completed, 0L, Outcome.KOMPETEN, partnerCertificate);
        jdbc.update("update enrollment set enrolled_on = ? where id = ?", ENROLLED, completed);
    }

    @Test
    void evidencePackStatesProgramsDatesAttendanceJpOutcomeAndNumbers() throws Exception {
        byte[] pdf = mvc.perform(get("/inmates/" + inmate + "/evidence.pdf").with(staff()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"binaan-evidence-"
                        + DocumentController.fileSafe(registration()) + "-" + given.today() + ".pdf\""))
                .andReturn().getResponse().getContentAsByteArray();

        String text = text(pdf);
        assertThat(text).contains("Rekam jejak pembinaan", name, registration(), title, partnerName)
                .contains("17 Agustus 2026", indonesian(given.today()))
                .contains("2/3 · 66,7 %", "8 dari 12 JP", "Kompeten", partnerCertificate)
                .contains("Selesai").doesNotContain("Selesai (Selesai)");
        // absences by reason, and the signature of the head of the pembinaan section
        assertThat(text).contains("Kehadiran menurut alasan").containsPattern("Hadir\\s*2\\s*8")
                .containsPattern("Tidak hadir: Sakit\\s*1\\s*4").contains("Kepala Subseksi Pembinaan", "NIP.")
                .doesNotContain("ABSENT").doesNotContain("SICK").doesNotContain("KOMPETEN").doesNotContain("null");
        assertThat(page("/inmates/" + inmate + "/evidence")).contains("Tidak hadir: Sakit")
                .contains("id=\"evidence-signature\"").contains("Kepala Subseksi Pembinaan");
        assertFontsEmbedded(pdf);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EVIDENCE_PACK_PRODUCED'"
                + " and target_id = ?", Integer.class, inmate.toString())).isEqualTo(1);

        String english = text(mvc.perform(get("/inmates/" + inmate + "/evidence.pdf").param("lang", "en").with(staff()))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(english).contains("17 August 2026", "Competent");
    }

    @Test
    void certificateIsIssuedOnceAndPrintsTheSameNumberAndCode() throws Exception {
        byte[] first = certificate(completed);
        String text = text(first);
        assertThat(text).contains("SURAT KETERANGAN SELESAI PROGRAM PEMBINAAN", name, registration(), title,
                "8 dari 12 JP", "Kompeten", partnerCertificate);
        String number = jdbc.queryForObject("select number from completion_certificate where enrollment_id = ?",
                String.class, completed);
        String code = jdbc.queryForObject("select verification_code from completion_certificate where enrollment_id = ?",
                String.class, completed);
        assertThat(number).matches("SKP/" + given.today().getYear() + "/\\d{5}");
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{12}");
        String printedCode = code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
        assertThat(text).contains("Nomor: " + number, "Kode verifikasi: " + printedCode, "/certificates/verify");
        assertFontsEmbedded(first);

        assertThat(text(certificate(completed))).contains("Nomor: " + number, printedCode);
        assertThat(jdbc.queryForObject("select count(*) from completion_certificate where enrollment_id = ?",
                Integer.class, completed)).isEqualTo(1);
        assertThat(audits("CERTIFICATE_ISSUED")).isEqualTo(1);
        assertThat(audits("CERTIFICATE_PRODUCED")).isEqualTo(2);

        // the evidence pack now names the facility's certificate beside the partner's
        assertThat(text(mvc.perform(get("/inmates/" + inmate + "/evidence.pdf").with(staff()))
                .andReturn().getResponse().getContentAsByteArray())).contains(number);
    }

    @Test
    void theCompletedEnrollmentAndTheEvidencePageLinkToThePdfs() throws Exception {
        String certificate = "/enrollments/" + completed + "/certificate.pdf";
        assertThat(page("/enrollments/" + completed)).contains("href=\"" + certificate + "\"");
        assertThat(page("/enrollments/" + stillActive)).doesNotContain("certificate.pdf");
        assertThat(page("/inmates/" + inmate + "/evidence")).contains("href=\"" + certificate + "\"")
                .contains("href=\"/inmates/" + inmate + "/evidence.pdf\"");
    }

    @Test
    void twoPeopleAskingAtOnceGetOneCertificate() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> certificates.issue(completed, "petugas-a").orElseThrow().number());
            var second = pool.submit(() -> certificates.issue(completed, "petugas-b").orElseThrow().number());
            assertThat(first.get()).isEqualTo(second.get());
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from completion_certificate where enrollment_id = ?",
                Integer.class, completed)).isEqualTo(1);
        assertThat(audits("CERTIFICATE_ISSUED")).isEqualTo(1);
    }

    @Test
    void aCertificateIsIssuedOnlyForAPassAndStatesPeriodJpAndSignatory() throws Exception {
        String text = text(certificate(completed));
        assertThat(text).contains("Periode").contains(indonesian(given.today().minusDays(14)) + " – "
                        + indonesian(given.today()))
                .contains("Kepala Rutan Kelas IIB Pangkep");
        // signed by the head recorded for the facility (from the settings of whichever context made the shared
        // database: the tests' own fictional head or the demo's)
        java.util.Map<String, Object> head = jdbc.queryForMap("select head_name, head_nip from facility where id = 1");
        assertThat(text).contains((String) head.get("head_name"), "NIP " + head.get("head_nip"));

        // test data: the other participant completed without passing
        jdbc.update("update enrollment set status = 'COMPLETED', end_reason = 'COMPLETED', ended_on = ?,"
                + " outcome = 'BELUM_KOMPETEN' where id = ?", given.today(), stillActive);
        mvc.perform(get("/enrollments/" + stillActive + "/certificate.pdf").with(staff()))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Surat keterangan hanya diterbitkan untuk hasil yang lulus; hasil keikutsertaan ini Belum kompeten.")));
        assertThat(jdbc.queryForObject("select count(*) from completion_certificate where enrollment_id = ?",
                Integer.class, stillActive)).isZero();
        assertThat(page("/enrollments/" + stillActive)).doesNotContain("certificate.pdf");
    }

    @Test
    void onlyStaffAndAdminsGetDocumentsAndOnlyOfWhatExists() throws Exception {
        String evidence = "/inmates/" + inmate + "/evidence.pdf";
        String certificate = "/enrollments/" + completed + "/certificate.pdf";
        Long partner = jdbc.queryForObject("select p.partner_id from enrollment e join program p on p.id = e.program_id"
                + " where e.id = ?", Long.class, completed);
        for (String route : List.of(evidence, certificate)) {
            mvc.perform(get(route)).andExpect(status().is3xxRedirection());
            // not even the liaison of the program's own institution: of inmates they see only names
            mvc.perform(get(route).with(user(TestUsers.principal(Role.PARTNER, partner)))).andExpect(status().isForbidden());
            mvc.perform(get(route).with(user(TestUsers.principal(Role.ADMIN, null)))).andExpect(status().isOk());
        }
        mvc.perform(get("/inmates/" + inmate + "/evidence.pdf").with(staff())).andExpect(status().isOk());
        mvc.perform(get("/inmates/999999999/evidence.pdf").with(staff())).andExpect(status().isNotFound());
        mvc.perform(get("/enrollments/999999999/certificate.pdf").with(staff())).andExpect(status().isNotFound());
        mvc.perform(get("/enrollments/" + stillActive + "/certificate.pdf").with(staff())).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from completion_certificate where enrollment_id = ?",
                Integer.class, stillActive)).isZero();
    }

    @Test
    void anyoneCanCheckACodeAndAWrongCodeIsSaidToBeWrong() throws Exception {
        certificate(completed);
        String code = jdbc.queryForObject("select verification_code from completion_certificate where enrollment_id = ?",
                String.class, completed);
        String number = jdbc.queryForObject("select number from completion_certificate where enrollment_id = ?",
                String.class, completed);

        mvc.perform(get("/certificates/verify")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Kode verifikasi")));
        // typed from paper: lower case, spaces instead of dashes
        String typed = (code.substring(0, 4) + " " + code.substring(4, 8) + " " + code.substring(8)).toLowerCase(Locale.ROOT);
        String genuine = mvc.perform(get("/certificates/verify").param("code", typed)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(genuine).contains("Kode cocok", number, escaped(name), title, "8 dari 12 JP", "Kompeten");

        String wrongCode = (code.charAt(0) == 'Z' ? "Y" : "Z") + code.substring(1);
        String wrong = mvc.perform(get("/certificates/verify").param("code", wrongCode).with(staff()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("Kode ini tidak cocok").doesNotContain(number).doesNotContain(title);
        assertThat(audits("CERTIFICATE_VERIFIED")).isEqualTo(1);
    }

    @Test
    void certificateNamesTheVerificationPageWithoutTheRequestsHost() throws Exception {
        String forged = "sertifikat-asli.example.net";
        byte[] pdf = mvc.perform(get("/enrollments/" + completed + "/certificate.pdf").with(staff())
                        .header("Host", forged).header("X-Forwarded-Host", forged).header("Forwarded", "host=" + forged)
                        .with(request -> {
                            request.setServerName(forged);
                            return request;
                        }))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = text(pdf);
        // binaan.public-url is not set in the tests: the page is named by its path alone
        assertThat(text).contains("/certificates/verify").doesNotContain(forged).doesNotContain("http");
    }

    @Test
    void aConfiguredPublicAddressIsPrintedOnTheCertificate() {
        DocumentController configured = new DocumentController(null, null, null, null, null, null, null, null,
                "https://binaan.example.go.id/");
        assertThat(configured.verifyAt("")).isEqualTo("https://binaan.example.go.id/certificates/verify");
        assertThat(new DocumentController(null, null, null, null, null, null, null, null, "").verifyAt("/binaan"))
                .isEqualTo("/binaan/certificates/verify");
        assertThat(DocumentController.publicAddress("https://binaan.example.go.id/")).isEqualTo("https://binaan.example.go.id");
        assertThat(DocumentController.publicAddress(" https://example.go.id/binaan ")).isEqualTo("https://example.go.id/binaan");
        assertThat(DocumentController.publicAddress("")).isNull();
        assertThat(DocumentController.publicAddress(null)).isNull();
        for (String wrong : List.of("binaan.example.go.id", "javascript:alert(1)", "ftp://example.go.id",
                "https://example.go.id/?next=x", "https://someone@example.go.id")) {
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> DocumentController.publicAddress(wrong));
        }
    }

    private byte[] certificate(Long enrollment) throws Exception {
        return mvc.perform(get("/enrollments/" + enrollment + "/certificate.pdf").with(staff()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.matchesPattern("attachment; filename=\"binaan-certificate-SKP-\\d{4}-\\d{5}\\.pdf\"")))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private String page(String route) throws Exception {
        return mvc.perform(get(route).with(staff())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private int audits(String action) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and target_id = ?", Integer.class,
                action, completed.toString());
    }

    private String registration() {
        return jdbc.queryForObject("select registration_number from inmate where id = ?", String.class, inmate);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor staff() {
        return user(TestUsers.principal(Role.STAFF, null));
    }

    private static String indonesian(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id")).format(date);
    }

    /** As Thymeleaf writes text into HTML: the apostrophe escaped, letters such as é as they are. */
    private static String escaped(String text) {
        return text.replace("'", "&#39;");
    }

    /** All pages' text, lines joined with spaces, as a reader copying from the PDF would get it. */
    static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString().replaceAll("\\s*\\n\\s*", " ");
    }

    /** Every font is a Type 0 font whose TrueType program is embedded (FontFile2), as a subset: no standard 14 fonts. */
    static void assertFontsEmbedded(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        List<String> fonts = new ArrayList<>();
        int descriptorsWithFile = 0;
        for (int i = 1; i < reader.getXrefSize(); i++) {
            PdfObject object = reader.getPdfObject(i);
            if (object instanceof PdfDictionary dictionary) {
                if (PdfName.FONT.equals(dictionary.get(PdfName.TYPE)) && dictionary.get(PdfName.SUBTYPE) != null
                        && !PdfName.CIDFONTTYPE2.equals(dictionary.get(PdfName.SUBTYPE))) {
                    fonts.add(dictionary.get(PdfName.SUBTYPE) + " " + dictionary.get(PdfName.BASEFONT));
                }
                if (PdfName.FONTDESCRIPTOR.equals(dictionary.get(PdfName.TYPE))) {
                    assertThat(dictionary.get(PdfName.FONTFILE2)).as("embedded TrueType program").isNotNull();
                    descriptorsWithFile++;
                }
            }
        }
        reader.close();
        assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).matches("/Type0 /[A-Z]{6}\\+DejaVuSans(-Bold)?.*"));
        assertThat(descriptorsWithFile).isEqualTo(fonts.size());
    }
}
