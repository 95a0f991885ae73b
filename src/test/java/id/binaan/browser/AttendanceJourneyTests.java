package id.binaan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The BPVP liaison records today's attendance, confirms the session, and cannot reach Disdikbud's sessions. */
class AttendanceJourneyTests extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void theBpvpLiaisonRecordsAttendanceConfirmsAndStaysInsideTheirInstitution() {
        LocalDate today = LocalDate.now(clock);
        Long session = sessionOf("Barista Kopi Pangkep", "session_date = ?", today);
        Long foreign = sessionOf("Paket B Kelas 8", "session_date <= ?", today);

        login("bpvp", DEMO_PASSWORD);
        assertThat(path()).isEqualTo("/sessions");
        click(find("session-" + session));
        assertThat(heading()).startsWith("Kehadiran: Barista Kopi Pangkep");
        assertThat(find("attendance-count").getText()).contains("10 peserta aktif");
        check("attendance-sheet");

        click(find("all-present"));
        assertThat(find("flash").getText()).startsWith("Semua peserta tercatat hadir");
        assertThat(find("session-status").getText()).isEqualTo("Terlaksana");
        WebElement firstRow = browser.findElements(By.cssSelector("#attendance-list tbody tr")).get(0);
        String absentee = firstRow.findElement(By.tagName("td")).getText();
        click(firstRow.findElement(By.cssSelector("input[value='ABSENT']")));
        new Select(firstRow.findElement(By.tagName("select"))).selectByVisibleText("Sidang pengadilan");
        click(find("save-attendance"));
        assertThat(find("flash").getText()).isEqualTo("Kehadiran disimpan dan pertemuan tercatat terlaksana.");
        assertThat(find("attendance-count").getText()).contains("9 hadir");
        assertThat(find("attendance-list").getText()).contains(absentee + "\n").contains("Sidang pengadilan");

        find("jpDelivered").clear();
        find("jpDelivered").sendKeys("2");
        find("note").sendKeys("Semua alat seduh tersedia");
        click(find("confirm-session"));
        assertThat(find("flash").getText()).isEqualTo("Pertemuan dikonfirmasi. Kehadiran kini terkunci.");
        assertThat(find("confirmation").getText()).contains("2 JP terlaksana").contains("Semua alat seduh tersedia");
        assertThat(present("save-attendance")).isFalse();
        check("attendance-confirmed");

        open("/sessions/" + foreign);
        assertThat(heading()).isEqualTo("Halaman tidak ditemukan");
        assertThat(browser.getPageSource()).doesNotContain("Paket B Kelas 8");
    }

    private Long sessionOf(String programTitle, String dateCondition, LocalDate today) {
        return jdbc.queryForObject("select s.id from program_session s join program p on p.id = s.program_id "
                + "where p.title = ? and " + dateCondition + " order by s.session_date desc limit 1", Long.class,
                programTitle, today);
    }

    private void click(WebElement element) {
        WebElement page = browser.findElement(By.tagName("body"));
        boolean navigates = !"input".equals(element.getTagName());
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", element);
        if (navigates) {
            waitForNewPage(page);
        }
    }
}
