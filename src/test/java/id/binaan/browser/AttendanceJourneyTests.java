package id.binaan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import id.binaan.enrollment.EnrollmentService;
import id.binaan.inmate.Education;
import id.binaan.inmate.InmateDetails;
import id.binaan.inmate.Inmates;
import id.binaan.inmate.LegalStatus;
import id.binaan.inmate.Sex;
import id.binaan.partner.PartnerType;
import id.binaan.program.ProgramSetup;
import java.time.LocalTime;
import java.util.List;
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
    @Autowired
    id.binaan.partner.Partners partners;
    @Autowired
    ProgramSetup setup;
    @Autowired
    Inmates inmates;
    @Autowired
    EnrollmentService enrollment;

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

    /**
     * DESIGN.md rule 4: half a sheet recorded, the liaison's confirmation is refused and the page names those still
     * missing; once everyone's attendance is in, the session is confirmed and locked.
     */
    @Test
    void aSessionIsConfirmedOnlyOnceEveryParticipantsAttendanceIsRecorded() {
        LocalDate today = LocalDate.now(clock);
        int n = java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000, 900_000);
        Long partner = partners.ensure("BPVP Pangkep", PartnerType.BPVP, null, null, null, null);
        Long program = setup.ensureRunningTraining("test", new ProgramSetup.Basics(partner, "Servis Ponsel " + n,
                today.minusDays(7), today.plusDays(60), 10, "Aula", "Instruktur Ponsel", 160), "Servis ponsel", null);
        setup.ensureWeeklySessions("test", program, java.util.Set.of(today.getDayOfWeek()), LocalTime.of(9, 0),
                LocalTime.of(11, 0), 2, "Mengganti layar", today.plusYears(1));
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String name = "Peserta Ponsel " + (char) ('A' + i) + " " + n;
            names.add(name);
            enrollment.enroll("test", program, inmates.ensure("test", new InmateDetails("B.I " + (n + i) + "/2025", name,
                    null, LocalDate.of(1993, 3, 3), Sex.MALE, LegalStatus.NARAPIDANA, Education.SMP, "Blok C",
                    LocalDate.of(2025, 2, 1), today.plusYears(2))), null);
        }
        Long session = jdbc.queryForObject("select id from program_session where program_id = ? and session_date = ?",
                Long.class, program, today);

        login("bpvp", DEMO_PASSWORD);
        open("/sessions/" + session);
        List<WebElement> rows = browser.findElements(By.cssSelector("#attendance-list tbody tr"));
        click(rows.get(0).findElement(By.cssSelector("input[value='PRESENT']")));
        click(rows.get(1).findElement(By.cssSelector("input[value='PRESENT']")));
        click(find("save-attendance"));
        assertThat(find("confirm-missing").getText()).contains(names.get(2)).contains(names.get(3))
                .doesNotContain(names.get(0));
        find("jpDelivered").clear();
        find("jpDelivered").sendKeys("2");
        click(find("confirm-session"));
        assertThat(find("error-summary").getText())
                .contains("Pertemuan belum dapat dikonfirmasi: kehadiran 2 peserta belum dicatat")
                .contains(names.get(2)).contains(names.get(3));
        assertThat(present("confirmation")).isFalse();
        check("confirm-refused-half-sheet");

        click(find("all-present"));
        click(find("confirm-session"));
        assertThat(find("flash").getText()).isEqualTo("Pertemuan dikonfirmasi. Kehadiran kini terkunci.");
        assertThat(present("save-attendance")).isFalse();
        assertThat(present("all-present")).isFalse();
        check("confirmed-locked");
        logout();

        // the administrator corrects one participant, with a reason; nothing offers to overwrite the whole sheet
        login("admin", DEMO_PASSWORD);
        open("/sessions/" + session);
        assertThat(present("all-present")).isFalse();
        assertThat(find("lock").getText()).contains("satu peserta setiap kali");
        WebElement row = browser.findElements(By.cssSelector("#attendance-list tbody tr")).get(3);
        String corrected = row.findElement(By.tagName("td")).getText();
        click(row.findElement(By.cssSelector("a[id^='correct-']")));
        assertThat(heading()).startsWith("Koreksi kehadiran " + corrected);
        click(browser.findElement(By.cssSelector("input[value='EXCUSED']")));
        new Select(browser.findElement(By.cssSelector("select[id^='reason-']"))).selectByVisibleText("Sakit");
        find("correctionReason").sendKeys("Surat keterangan sakit dari klinik menyusul");
        check("correction-form");
        click(find("save-correction"));
        assertThat(find("flash").getText()).isEqualTo("Koreksi kehadiran disimpan dan dicatat di log audit.");
        assertThat(find("attendance-list").getText()).contains(corrected).contains("Izin Sakit admin");
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'ATTENDANCE_CORRECTED'"
                + " and target_id = ?", String.class, session.toString())).startsWith(corrected + " (")
                .contains("Hadir → Izin (Sakit)");
        check("corrected-one");
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
