package id.binaan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The administrator filters the enrollment report and downloads it; staff open the dashboard, an alert and an
 * inmate's evidence pack with its PDF; someone outside checks a certificate code.
 */
class ReportJourneyTests extends BrowserTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void adminFiltersAndDownloadsTheEnrollmentReport() throws Exception {
        login("admin", DEMO_PASSWORD);
        click("reports-link");
        assertThat(heading()).isEqualTo("Laporan");
        check("reports-page");

        new Select(find("status")).selectByValue("ACTIVE");
        new Select(find("kind")).selectByValue("TRAINING");
        click("apply-filter");
        String count = find("row-count").getText();
        assertThat(count).startsWith("Berkas ekspor akan berisi ");
        long rows = Long.parseLong(count.replaceAll("\\D", ""));
        assertThat(rows).as("the demo's active trainees").isPositive();
        assertThat(find("download-csv").getAttribute("href")).contains("kind=TRAINING").contains("status=ACTIVE");
        check("reports-filtered");

        // the browser saves the file itself, as it would for the administrator
        scrollTo(find("download-csv")).click();
        Path csv = downloaded("binaan-enrollments-\\d{4}-\\d{2}-\\d{2}\\.csv");
        List<CSVRecord> records;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        assertThat(records).hasSize((int) rows);
        assertThat(records).allSatisfy(r -> {
            assertThat(r.get("program_kind")).isEqualTo("TRAINING");
            assertThat(r.get("status")).isEqualTo("ACTIVE");
            assertThat(r.get("registration_number")).isNotBlank();
        });
        logout();
    }

    @Test
    void staffOpenTheDashboardAndAnAlertList() {
        login("petugas", DEMO_PASSWORD);
        assertThat(heading()).isEqualTo("Selamat datang, Petugas Pembinaan");
        assertThat(find("participation-now").getText()).startsWith("Saat ini ");
        check("staff-dashboard-figures");

        click("alert-release");
        assertThat(heading()).isEqualTo("Akan bebas dalam 90 hari tanpa pernah lulus pelatihan vokasi");
        check("staff-release-readiness");
        open("/reports");
        assertThat(present("download-csv")).isFalse();
        logout();
    }

    @Test
    void staffOpenAParticipantsEvidencePackAndItsPdf() throws Exception {
        login("petugas", DEMO_PASSWORD);
        // the demo course's page, opened by its address: the programs list is paged and other tests add programs
        open("/programs/" + jdbc.queryForObject(
                "select min(id) from program where title = 'Barista Kopi Pangkep'", Long.class));
        String name = browser.findElement(By.cssSelector("#active-enrollments tbody tr td a")).getText();

        click("nav-inmates");
        find("q").sendKeys(name);
        click("search-submit");
        goTo(browser.findElement(By.linkText(name)));
        click("evidence-pack");
        assertThat(heading()).isEqualTo("Rekam jejak pembinaan");
        assertThat(find("evidence-name").getText()).isEqualTo(name);
        assertThat(find("evidence").getText()).contains("Barista Kopi Pangkep").contains("BPVP Pangkep");
        check("staff-evidence-pack");

        scrollTo(find("evidence-pdf")).click();
        Path pdf = downloaded("binaan-evidence-.*\\.pdf");
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s*\\n\\s*", " ");
        reader.close();
        assertThat(text).contains("Rekam jejak pembinaan", name, "Barista Kopi Pangkep", "BPVP Pangkep");
        logout();
    }

    @Test
    void anyoneCanCheckACertificateCodeWithoutSigningIn() {
        open("/certificates/verify");
        assertThat(heading()).isEqualTo("Periksa keaslian surat keterangan");
        find("code").sendKeys("ZZZZ-ZZZZ-ZZZZ");
        click("verify-submit");
        assertThat(find("code-error").getText()).startsWith("Kode ini tidak cocok");
        assertThat(find("code").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(present("verify-genuine")).isFalse();
        check("verify-wrong-code");
    }

    private WebElement scrollTo(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        return element;
    }

    /** Clicks an element after scrolling it to the middle of the window, clear of the footer. */
    private void click(String id) {
        goTo(find(id));
    }

    private void goTo(WebElement element) {
        scrollTo(element);
        WebElement page = browser.findElement(By.tagName("body"));
        element.click();
        waitForNewPage(page);
    }
}
