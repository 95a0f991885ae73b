package id.binaan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
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
 * DESIGN.md rule 5 as staff meet it. Completion is refused on the demo's barista course, one day in; on a sewing
 * course of its own, refused after the first of three sessions with the reason shown, and allowed after the last;
 * the certificate then states the period of the held sessions, the JP attended of the JP held and the facility
 * head who signs it, and someone without an account checks the code printed on it.
 */
class CertificateJourneyTests extends BrowserTest {

    @Autowired Partners partners;
    @Autowired ProgramSetup setup;
    @Autowired Inmates inmates;
    @Autowired EnrollmentService enrollment;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void completionOnDayOneOfTheDemoCourseIsRefusedWithTheReason() {
        Long barista = jdbc.queryForObject("select e.id from enrollment e join program p on p.id = e.program_id"
                + " where p.title = 'Barista Kopi Pangkep' and e.status = 'ACTIVE' order by e.id limit 1", Long.class);
        login("petugas", DEMO_PASSWORD);
        open("/enrollments/" + barista);
        go("complete");
        click(find("outcome1"));
        go("confirm-complete");
        assertThat(find("error-summary").getText()).contains("Program belum selesai").contains("dari 60 JP terlaksana");
        check("complete-day-one-refused");
        open("/enrollments/" + barista);
        assertThat(find("status").getText()).isEqualTo("Aktif");
    }

    @Test
    void staffCompleteAfterTheLastSessionAndTheCertificateStatesPeriodJpAndSignatory() throws Exception {
        LocalDate today = LocalDate.now(clock);
        int n = ThreadLocalRandom.current().nextInt(100_000, 900_000);
        String title = "Menjahit Busana " + n;
        String name = "Andi Wéné Daéng Bau " + n;
        Long partner = partners.ensure("LPK Jahit Uji " + n, PartnerType.LPK, null, null, null, null);
        // weekly sessions of 4 JP, the last today (three, unless a holiday falls on one)
        Long program = setup.ensureRunningTraining("test", new Basics(partner, title, today.minusDays(14), today, 10,
                "Bengkel jahit", "Hj. Besse", 12), "Menjahit", null);
        setup.ensureWeeklySessions("test", program, Set.of(today.getDayOfWeek()), LocalTime.of(8, 0),
                LocalTime.of(11, 0), 4, "Pola dasar", today.plusYears(1));
        Long inmate = inmates.ensure("test", new InmateDetails("B.I " + n + "/2026", name, null,
                LocalDate.of(1991, 2, 3), Sex.FEMALE, LegalStatus.NARAPIDANA, Education.SMP, "Blok W",
                LocalDate.of(2025, 1, 10), today.plusYears(2)));
        Long enrollmentId = enrollment.enroll("test", program, inmate, null).enrollmentId();
        // test data: the place began with the course, so its sessions are hers
        jdbc.update("update enrollment set activated_on = ?, enrolled_on = ? where id = ?", today.minusDays(14),
                today.minusDays(14), enrollmentId);
        List<Long> sessions = jdbc.queryForList("select id from program_session where program_id = ?"
                + " order by session_date", Long.class, program);
        assertThat(sessions).hasSizeGreaterThanOrEqualTo(2);
        int jp = 4 * sessions.size();
        // the course's target is what its sessions hold: after the last one it is over
        jdbc.update("update program set target_jp = ? where id = ?", jp, program);
        LocalDate first = jdbc.queryForObject("select min(session_date) from program_session where program_id = ?",
                LocalDate.class, program);

        login("petugas", DEMO_PASSWORD);
        open("/sessions/" + sessions.get(0));
        go("all-present");
        open("/enrollments/" + enrollmentId);
        go("complete");
        assertThat(find("program-progress").getText()).startsWith("4 dari target " + jp + " JP");
        click(find("outcome1"));
        find("certificateNumber").sendKeys("LPK/JHT/" + n);
        go("confirm-complete");
        assertThat(find("error-summary").getText())
                .contains("Program belum selesai: baru 4 dari " + jp + " JP terlaksana.");
        assertThat(find("certificateNumber").getAttribute("value")).isEqualTo("LPK/JHT/" + n);
        check("complete-mid-course-refused");

        for (Long later : sessions.subList(1, sessions.size())) {
            open("/sessions/" + later);
            go("all-present");
        }
        open("/enrollments/" + enrollmentId);
        go("complete");
        assertThat(find("participant-jp").getText()).startsWith(jp + " dari " + jp + " JP yang diharapkan (100 %)");
        click(find("outcome1"));
        find("certificateNumber").sendKeys("LPK/JHT/" + n);
        go("confirm-complete");
        assertThat(find("status").getText()).isEqualTo("Selesai");
        check("enrollment-completed");

        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
                find("certificate-pdf"));
        find("certificate-pdf").click();
        Path pdf = downloaded("binaan-certificate-SKP-\\d{4}-\\d{5}\\.pdf");
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        assertThat(reader.getNumberOfPages()).as("one page").isEqualTo(1);
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s*\\n\\s*", " ");
        reader.close();
        assertThat(text).contains(name, title, "Kompeten", "LPK/JHT/" + n)
                .contains(indonesian(first) + " – " + indonesian(today))
                .contains(jp + " dari " + jp + " JP")
                .contains("Kepala Rutan Kelas IIB Pangkep");
        // signed by the head recorded for the facility (made from the settings of whichever test first made the
        // shared database: the demo's or the tests' own fictional head)
        java.util.Map<String, Object> head = jdbc.queryForMap("select head_name, head_nip from facility where id = 1");
        assertThat(text).contains((String) head.get("head_name"), "NIP " + head.get("head_nip"));
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
        assertThat(find("verify-jp").getText()).isEqualTo(jp + " dari " + jp + " JP");
        assertThat(find("verify-signatory").getText()).contains((String) head.get("head_name"));
        check("verify-genuine");
    }

    private void click(org.openqa.selenium.WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", element);
    }

    private static String indonesian(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("id")));
    }
}
