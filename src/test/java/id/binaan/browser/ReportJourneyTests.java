package id.binaan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The administrator filters the enrollment report and downloads it; staff open the dashboard and an alert. */
class ReportJourneyTests extends BrowserTest {

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
        String link = find("download-csv").getAttribute("href");
        assertThat(link).contains("kind=TRAINING").contains("status=ACTIVE");
        check("reports-filtered");

        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link))
                .header("Cookie", browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("binaan-enrollments-");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv.body())).getRecords();
        assertThat(records).hasSize((int) rows + 1);
        assertThat(records.stream().skip(1)).allSatisfy(r -> {
            assertThat(r.get(2)).isEqualTo("TRAINING");
            assertThat(r.get(5)).isEqualTo("ACTIVE");
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

    /** Clicks an element after scrolling it to the middle of the window, clear of the footer. */
    private void click(String id) {
        WebElement element = find(id);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        WebElement page = browser.findElement(org.openqa.selenium.By.tagName("body"));
        element.click();
        waitForNewPage(page);
    }
}
