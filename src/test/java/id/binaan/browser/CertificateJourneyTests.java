package id.binaan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import id.binaan.enrollment.EnrollmentService;
import id.binaan.inmate.Education;
import id.binaan.inmate.InmateDetails;
import id.binaan.inmate.Inmates;
import id.binaan.inmate.LegalStatus;
import id.binaan.inmate.Sex;
import id.binaan.partner.PartnerType;
import id.binaan.partner.Partners;
import id.binaan.program.ProgramSetup;
import id.binaan.program.ProgramSetup.Basics;

/**
 * Staff record today's attendance of a sewing course of its own (not the demo's), complete the participant,
 * download the completion certificate; then someone without an account checks the code printed on it.
 */
class CertificateJourneyTests extends BrowserTest {

    @Autowired Partners partners;
    @Autowired ProgramSetup setup;
    @Autowired Inmates inmates;
    @Autowired EnrollmentService enrollment;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void staffPrintACertificateAndAnyoneChecksItsCode() throws Exception {
        LocalDate today = LocalDate.now(clock);
        int n = ThreadLocalRandom.current().nextInt(100_000, 900_000);
        String title = "Menjahit Busana " + n;
        String name = "Andi Wéné Daéng Bau " + n;
        Long partner = partners.ensure("LPK Jahit Uji " + n, PartnerType.LPK, null, null, null, null);
        Long program = setup.ensureRunningTraining("test", new Basics(partner, title, today.minusDays(14),
                today.plusDays(60), 10, "Bengkel jahit", "Hj. Besse", 160), "Menjahit", null);
        setup.ensureWeeklySessions("test", program, Set.of(today.getDayOfWeek()), LocalTime.of(8, 0),
                LocalTime.of(11, 0), 4, "Pola dasar", today.plusYears(1));
        Long inmate = inmates.ensure("test", new InmateDetails("B.I " + n + "/2026", name, null,
                LocalDate.of(1991, 2, 3), Sex.FEMALE, LegalStatus.NARAPIDANA, Education.SMP, "Blok W",
                LocalDate.of(2025, 1, 10), today.plusYears(2)));
        Long enrollmentId = enrollment.enroll("test", program, inmate, null).enrollmentId();
        Long session = jdbc.queryForObject("select id from program_session where program_id = ? and session_date = ?",
                Long.class, program, today);

        login("petugas", DEMO_PASSWORD);
        open("/sessions/" + session);
        go("all-present");
        assertThat(find("flash").getText()).startsWith("Semua peserta tercatat hadir");

        open("/enrollments/" + enrollmentId);
        go("complete");
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", find("outcome-KOMPETEN"));
        find("certificateNumber").sendKeys("LPK/JHT/" + n);
        go("confirm-complete");
        assertThat(find("status").getText()).isEqualTo("Selesai");
        check("enrollment-completed");

        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
                find("certificate-pdf"));
        find("certificate-pdf").click();
        Path pdf = downloaded("binaan-certificate-SKP-\\d{4}-\\d{5}\\.pdf");
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s*\\n\\s*", " ");
        reader.close();
        assertThat(text).contains(name, title, "4 dari 160 JP", "Kompeten", "LPK/JHT/" + n);
        Matcher code = Pattern.compile("Kode verifikasi: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})").matcher(text);
        Matcher number = Pattern.compile("Nomor: (SKP/\\d{4}/\\d{5})").matcher(text);
        assertThat(code.find()).as("a verification code on the certificate").isTrue();
        assertThat(number.find()).as("a number on the certificate").isTrue();
        logout();

        open("/certificates/verify");
        find("code").sendKeys(code.group(1));
        go("verify-submit");
        assertThat(find("verify-genuine").getText()).startsWith("Kode cocok");
        assertThat(find("verify-number").getText()).isEqualTo(number.group(1));
        assertThat(find("verify-name").getText()).isEqualTo(name);
        assertThat(find("verify-outcome").getText()).isEqualTo("Kompeten");
        check("verify-genuine");
    }
}
