package id.binaan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import id.binaan.inmate.Education;
import id.binaan.inmate.InmateDetails;
import id.binaan.inmate.Inmates;
import id.binaan.inmate.LegalStatus;
import id.binaan.inmate.Sex;
import id.binaan.partner.PartnerType;
import id.binaan.partner.Partners;
import id.binaan.program.ProgramSetup;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Staff enroll inmates: a failing rule, a warning overridden with a reason, a full program
 * with a waiting list that moves up when someone withdraws.
 */
class EnrollmentJourneyTests extends BrowserTest {

    @Autowired
    Inmates inmates;
    @Autowired
    ProgramSetup programs;
    @Autowired
    Partners partners;
    @Autowired
    Clock clock;

    @Test
    void staffFillAProgramAndWatchTheWaitingListMoveUp() {
        LocalDate today = LocalDate.now(clock);
        int n = ThreadLocalRandom.current().nextInt(100_000, 900_000);
        Long partner = partners.ensure("BPVP Pangkep", PartnerType.BPVP, null, null, null, null);
        Long program = programs.ensureRunningTraining("test", new ProgramSetup.Basics(partner, "Barbershop Angkatan " + n,
                today.minusDays(7), today.plusDays(60), 1, "Bengkel kerja", "Instruktur Barber", 160), "Pangkas rambut", null);
        programs.ensureWeeklySessions("test", program, Set.of(DayOfWeek.TUESDAY), LocalTime.of(13, 0), LocalTime.of(16, 0),
                4, "Praktik pangkas", today.plusYears(1));
        String first = "Andi Baso Journey" + n;
        String second = "Sitti Rahma Journey" + n;
        String early = "La Ode Journey" + n;
        inmate("B.I " + n + "/2025", first, today.plusYears(2));
        inmate("B.I " + (n + 1) + "/2025", second, today.plusYears(2));
        inmate("B.I " + (n + 2) + "/2025", early, today.plusDays(20));

        login("petugas", DEMO_PASSWORD);
        open("/programs/" + program);
        go("enroll-one");
        enroll(first);
        assertThat(find("flash").getText()).isEqualTo(first + " terdaftar sebagai peserta aktif.");
        assertThat(find("places").getText()).startsWith("1 dari 1 tempat terisi");
        check("roster-one-active");

        go("enroll-one");
        search(first);
        assertThat(rule("NOT_ALREADY_ENROLLED")).contains("Tidak lolos").contains("Sudah terdaftar aktif");
        assertThat(present("enroll")).as("a failing rule leaves no enroll button").isFalse();
        check("eligibility-blocked");

        search(early);
        assertThat(rule("RELEASE_AFTER_END")).contains("Peringatan");
        go("enroll");
        assertThat(find("overrideReason-error").getText()).isEqualTo("Tuliskan alasan tetap mendaftarkan meskipun ada peringatan.");
        check("override-required");
        find("overrideReason").sendKeys("Modul dasar selesai sebelum bebas; disetujui Kasubsi.");
        go("enroll");
        assertThat(find("flash").getText()).isEqualTo("Program penuh: " + early + " (#1) masuk daftar tunggu.");

        go("enroll-one");
        enroll(second);
        assertThat(find("waiting-list").getText()).contains(early).contains(second);
        check("roster-waiting-list");

        browser.findElement(By.linkText(first)).click();
        go("withdraw");
        check("withdraw-confirm");
        new org.openqa.selenium.support.ui.Select(find("reason")).selectByVisibleText("Permintaan sendiri");
        go("confirm-withdraw");
        assertThat(find("status").getText()).isEqualTo("Keluar");

        open("/programs/" + program + "/enrollments");
        assertThat(find("active-enrollments").getText()).contains(early);
        assertThat(find("waiting-list").getText()).contains(second).doesNotContain(early);
        browser.findElement(By.linkText(early)).click();
        assertThat(find("history").getText()).contains("Daftar tunggu → Aktif").contains("promoted");
        check("promoted-history");
    }

    private void enroll(String name) {
        search(name);
        go("enroll");
    }

    private void search(String name) {
        find("q").clear();
        find("q").sendKeys(name);
        go("search");
        WebElement page = browser.findElement(By.tagName("body"));
        browser.findElement(By.partialLinkText("Periksa kelayakan " + name)).click();
        waitForNewPage(page);
    }

    private String rule(String rule) {
        return browser.findElement(By.cssSelector("[data-rule='" + rule + "']")).getText();
    }

    private void inmate(String registration, String name, LocalDate release) {
        inmates.ensure("test", new InmateDetails(registration, name, null, LocalDate.of(1992, 2, 2), Sex.MALE,
                LegalStatus.NARAPIDANA, Education.SMP, "Blok B", LocalDate.of(2025, 6, 1), release));
    }
}
