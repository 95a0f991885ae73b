package id.binaan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A pembinaan officer's day in the demo facility, at desk width (1366 px) and on a phone (390 px): today's unlock
 * list for the security shift, a session's sign-in sheet before it is held, an inmate's evidence pack; every page
 * in words, nothing cut off.
 */
class StaffDailyJourneyTests extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @AfterEach
    void deskAgain() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void atADesk() {
        walk(1366, 900, "desk");
    }

    @Test
    void onAPhone() {
        walk(390, 844, "phone");
    }

    private void walk(int width, int height, String name) {
        browser.manage().window().setSize(new Dimension(width, height));
        LocalDate today = LocalDate.now(clock);
        login("petugas", DEMO_PASSWORD);
        assertThat(path()).isEqualTo("/");
        assertFitsAndInWords();
        check(name + "-dashboard");
        if (width > 1200) {
            assertThat(browser.findElement(By.cssSelector("nav.navbar")).getSize().getHeight())
                    .as("the navigation on one line").isLessThan(70);
            // the demo's year of history: participants in at least eleven of the chart's twelve months
            long months = browser.findElements(By.cssSelector("#participation-table tbody tr")).stream()
                    .filter(row -> !"0".equals(row.findElements(By.tagName("td")).get(1).getAttribute("textContent").strip()))
                    .count();
            assertThat(months).isGreaterThanOrEqualTo(11);
            ((JavascriptExecutor) browser).executeScript("document.querySelector('svg').scrollIntoView({block: 'center'})");
            check(name + "-dashboard-chart");
        }

        go("movements-today");
        assertThat(heading()).startsWith("Daftar pergerakan warga binaan");
        assertThat(find("movements").getText()).contains("Barista Kopi Pangkep").contains("Kantin Blok B");
        assertThat(browser.findElements(By.cssSelector("#movements th.escort"))).hasSize(1);
        assertFitsAndInWords();
        check(name + "-movements");
        // the suite's other tests add sessions today to the shared database: the list prints on as many A4 pages as
        // its rows need (the demo facility's own day alone fits on one), never one row to a page
        int rows = browser.findElements(By.cssSelector("#movements tbody tr")).size();
        assertThat(a4Pages()).as("today's unlock list of %d rows prints on A4", rows)
                .isBetween(1, Math.max(1, (rows + 19) / 20));

        Long upcoming = jdbc.queryForObject("select s.id from program_session s join program p on p.id = s.program_id"
                + " where p.title = 'Barista Kopi Pangkep' and s.session_date > ? order by s.session_date limit 1",
                Long.class, today);
        open("/sessions/" + upcoming);
        go("sign-in-sheet");
        assertThat(heading()).isEqualTo("Daftar hadir: Barista Kopi Pangkep");
        assertThat(browser.findElements(By.cssSelector("#sign-in tbody tr"))).hasSize(10);
        assertFitsAndInWords();
        check(name + "-sign-in-sheet");
        assertThat(a4Pages()).as("the sign-in sheet prints on one A4").isEqualTo(1);

        Long inmate = jdbc.queryForObject("select e.inmate_id from enrollment e join program p on p.id = e.program_id"
                + " where p.title = 'Barista Kopi Pangkep' order by e.id limit 1", Long.class);
        open("/inmates/" + inmate + "/evidence");
        assertThat(heading()).isEqualTo("Rekam jejak pembinaan");
        assertThat(find("evidence-signature").getText()).contains("Kepala Subseksi Pembinaan").contains("NIP.");
        assertFitsAndInWords();
        check(name + "-evidence");
        logout();
    }

    /** How many A4 pages the page prints on, as Chromium prints it. */
    private int a4Pages() {
        org.openqa.selenium.print.PrintOptions options = new org.openqa.selenium.print.PrintOptions();
        options.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
        options.setBackground(true);
        org.openqa.selenium.Pdf pdf = ((org.openqa.selenium.PrintsPage) browser).print(options);
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots", getClass().getSimpleName()));
            java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", getClass().getSimpleName(),
                    path().replaceAll("[^a-z0-9]+", "-") + ".pdf"), java.util.Base64.getDecoder().decode(pdf.getContent()));
            com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(
                    java.util.Base64.getDecoder().decode(pdf.getContent()));
            int pages = reader.getNumberOfPages();
            reader.close();
            return pages;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertFitsAndInWords() {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        long innerWidth = ((Number) js.executeScript("return window.innerWidth")).longValue();
        assertThat(scrollWidth).as("no horizontal scrolling on " + path()).isLessThanOrEqualTo(innerWidth);
        String text = browser.findElement(By.tagName("body")).getText();
        assertThat(id.binaan.shared.WordsNotCodesTests.codesIn(text)).as("codes on " + path()).isEmpty();
    }
}
