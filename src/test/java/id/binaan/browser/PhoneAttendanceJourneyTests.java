package id.binaan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import id.binaan.enrollment.EnrollmentService;
import id.binaan.inmate.Education;
import id.binaan.inmate.InmateDetails;
import id.binaan.inmate.Inmates;
import id.binaan.inmate.LegalStatus;
import id.binaan.inmate.Sex;
import id.binaan.partner.PartnerType;
import id.binaan.partner.Partners;
import id.binaan.program.ProgramSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The BPVP liaison records a session's attendance on a phone 390 px wide, standing in the classroom: what needs
 * them comes first on their home, each participant is a card with three buttons a thumb can hit, the reason reads
 * in full, "Lainnya" takes a note, and nothing is cut off.
 */
class PhoneAttendanceJourneyTests extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    Partners partners;
    @Autowired
    ProgramSetup setup;
    @Autowired
    Inmates inmates;
    @Autowired
    EnrollmentService enrollment;

    @AfterEach
    void deskAgain() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void aLiaisonRecordsAttendanceWithOneThumb() {
        LocalDate today = LocalDate.now(clock);
        int n = java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000, 900_000);
        Long partner = partners.ensure("BPVP Pangkep", PartnerType.BPVP, null, null, null, null);
        Long program = setup.ensureRunningTraining("test", new ProgramSetup.Basics(partner, "Pangkas Rambut " + n,
                today.minusDays(7), today.plusDays(60), 10, "Aula Blok A", "Instruktur Pangkas", 160), "Pangkas rambut", null);
        setup.ensureWeeklySessions("test", program, java.util.Set.of(today.getDayOfWeek()), LocalTime.of(9, 0),
                LocalTime.of(11, 0), 2, "Potongan dasar", today.plusYears(1));
        List<String> names = List.of("Muhammad Awaluddin Daeng Mangngassengi " + n, "Baso Lolo " + n, "Ambo Upe " + n);
        for (int i = 0; i < names.size(); i++) {
            enrollment.enroll("test", program, inmates.ensure("test", new InmateDetails("B.I " + (n + i) + "/2025",
                    names.get(i), null, LocalDate.of(1990, 5, 5), Sex.MALE, LegalStatus.NARAPIDANA, Education.SMP,
                    "Blok A", LocalDate.of(2025, 2, 1), today.plusYears(2))), null);
        }
        Long session = jdbc.queryForObject("select id from program_session where program_id = ? and session_date = ?",
                Long.class, program, today);

        browser.manage().window().setSize(new Dimension(390, 844));
        login("bpvp", DEMO_PASSWORD);
        assertThat(path()).isEqualTo("/sessions");
        List<WebElement> groups = browser.findElements(By.cssSelector("#liaison-groups .card"));
        assertThat(groups.get(0).getAttribute("id")).as("what needs the liaison comes first").isEqualTo("group-missing");
        assertThat(groups.get(1).getAttribute("id")).isEqualTo("group-awaiting");
        assertNothingCutOff();
        check("phone-liaison-home");

        open("/sessions/" + session);
        assertThat(heading()).startsWith("Kehadiran: Pangkas Rambut");
        assertNothingCutOff();
        List<WebElement> buttons = browser.findElements(By.cssSelector("#attendance-list .attendance-choice label.btn"));
        assertThat(buttons).hasSize(9);
        for (WebElement button : buttons) {
            assertThat(button.getSize().getHeight()).as("height of " + button.getText()).isGreaterThanOrEqualTo(44);
            assertThat(button.getSize().getWidth()).as("width of " + button.getText()).isGreaterThanOrEqualTo(44);
        }
        WebElement firstCard = browser.findElement(By.id("line-" + enrollmentOf(names.get(0), program)));
        assertThat(firstCard.findElement(By.cssSelector(".line-name")).getText()).isEqualTo(names.get(0));
        check("phone-attendance-sheet");

        WebElement second = browser.findElement(By.id("line-" + enrollmentOf(names.get(1), program)));
        WebElement third = browser.findElement(By.id("line-" + enrollmentOf(names.get(2), program)));
        tap(firstCard.findElement(By.xpath(".//label[normalize-space()='Hadir']")));
        tap(second.findElement(By.xpath(".//label[normalize-space()='Izin']")));
        Select reason = new Select(second.findElement(By.tagName("select")));
        reason.selectByVisibleText("Sidang pengadilan");
        WebElement reasonBox = second.findElement(By.tagName("select"));
        assertThat(reasonBox.getSize().getWidth()).as("the reason reads in full").isGreaterThan(250);
        assertThat(second.findElement(By.cssSelector(".attendance-note")).isDisplayed()).isFalse();
        tap(third.findElement(By.xpath(".//label[normalize-space()='Tidak hadir']")));
        new Select(third.findElement(By.tagName("select"))).selectByVisibleText("Lainnya");
        WebElement note = third.findElement(By.cssSelector(".attendance-note"));
        assertThat(note.isDisplayed()).as("a note for Lainnya").isTrue();
        note.sendKeys("Dipanggil ke poliklinik");
        check("phone-attendance-chosen");

        WebElement page = browser.findElement(By.tagName("body"));
        tap(find("save-attendance"));
        waitForNewPage(page);
        assertThat(find("flash").getText()).isEqualTo("Kehadiran disimpan dan pertemuan tercatat terlaksana.");
        assertThat(find("attendance-count").getText()).contains("1 hadir");
        assertNothingCutOff();
        check("phone-attendance-saved");
        assertThat(jdbc.queryForObject("select absence_note from attendance where session_id = ? and absence_reason = 'OTHER'",
                String.class, session)).isEqualTo("Dipanggil ke poliklinik");

        WebElement confirmPage = browser.findElement(By.tagName("body"));
        tap(find("confirm-session"));
        waitForNewPage(confirmPage);
        assertThat(find("flash").getText()).isEqualTo("Pertemuan dikonfirmasi. Kehadiran kini terkunci.");
        assertThat(find("attendance-list").getText()).contains("Lainnya: Dipanggil ke poliklinik")
                .contains("Sidang pengadilan");
        assertNothingCutOff();
        check("phone-attendance-confirmed");
    }

    private Long enrollmentOf(String name, Long program) {
        return jdbc.queryForObject("select e.id from enrollment e join inmate i on i.id = e.inmate_id"
                + " where i.full_name = ? and e.program_id = ?", Long.class, name, program);
    }

    /** A finger on the element: scrolled into view, then clicked where it is drawn. */
    private void tap(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    private void assertNothingCutOff() {
        Number scrollWidth = (Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        Number innerWidth = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
        assertThat(innerWidth.intValue()).as("the window is a phone's").isLessThanOrEqualTo(400);
        assertThat(scrollWidth.intValue()).as("no horizontal scrolling on " + path()).isLessThanOrEqualTo(innerWidth.intValue());
    }
}
