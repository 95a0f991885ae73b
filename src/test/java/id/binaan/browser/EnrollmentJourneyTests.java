package id.binaan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.jdbc.core.JdbcTemplate;

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
    @Autowired
    JdbcTemplate jdbc;

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
        assertThat(find("history").getText()).contains("Daftar tunggu → Aktif").contains("Naik dari daftar tunggu");
        check("promoted-history");
    }

    /**
     * DESIGN.md rule 1: several at once. Nobody is ticked to begin with; the split between active and waiting is
     * shown before anything is written; exactly the chosen are enrolled; going back does not enroll them twice; a
     * raised capacity gives the waiting one a place at once.
     */
    @Test
    void staffEnrollExactlyTheChosenAfterSeeingHowManyWillWait() {
        LocalDate today = LocalDate.now(clock);
        int n = ThreadLocalRandom.current().nextInt(100_000, 900_000);
        String word = "Borong" + n;
        Long partner = partners.ensure("BPVP Pangkep", PartnerType.BPVP, null, null, null, null);
        Long program = programs.ensureRunningTraining("test", new ProgramSetup.Basics(partner, "Las Dasar " + n,
                today.minusDays(7), today.plusDays(60), 2, "Bengkel las", "Instruktur Las", 160), "Pengelasan", null);
        List<Long> found = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            found.add(inmate("B.I " + (n + i) + "/2025", word + " Peserta " + (char) ('A' + i), today.plusYears(2)));
        }
        List<Long> chosen = List.of(found.get(0), found.get(2), found.get(4));

        login("petugas", DEMO_PASSWORD);
        open("/programs/" + program);
        go("enroll-bulk");
        find("q").sendKeys(word);
        go("search");
        assertThat(browser.findElements(By.cssSelector("#bulk-candidates input[type=checkbox]"))).hasSize(5)
                .noneMatch(WebElement::isSelected);
        check("bulk-nobody-ticked");
        chosen.forEach(id -> find("pick-" + id).click());
        go("bulk-check");
        assertThat(find("bulk-split").getText())
                .isEqualTo("3 warga binaan dipilih: 2 akan menjadi peserta aktif, 1 masuk daftar tunggu.");
        assertThat(find("bulk-chosen").getText()).contains(word + " Peserta A", word + " Peserta C", word + " Peserta E")
                .doesNotContain(word + " Peserta B");
        assertThat(enrolledIn(program)).as("nothing written before committing").isEmpty();
        check("bulk-confirm");

        go("bulk-commit");
        assertThat(find("flash").getText()).isEqualTo("3 peserta didaftarkan: 2 aktif, 1 di daftar tunggu.");
        assertThat(find("places").getText()).startsWith("2 dari 2 tempat terisi · 1 di daftar tunggu");
        assertThat(enrolledIn(program)).containsExactlyInAnyOrderElementsOf(chosen);
        check("bulk-enrolled");

        // back to the check page, as the browser kept it, and "enroll" once more: refused, nobody enrolled twice
        WebElement roster = browser.findElement(By.tagName("body"));
        browser.navigate().back();
        waitForNewPage(roster);
        if (present("bulk-commit")) {
            go("bulk-commit");
            assertThat(find("error-summary").getText()).contains(word + " Peserta A")
                    .contains("tidak dapat didaftarkan sekaligus");
        }
        assertThat(present("bulk-commit")).as("the chosen are enrolled already").isFalse();
        assertThat(find("bulk-not-all").isDisplayed()).isTrue();
        check("bulk-back");
        assertThat(enrolledIn(program)).hasSize(3);

        open("/programs/" + program + "/edit");
        find("capacity").clear();
        find("capacity").sendKeys("3");
        go("program-save");
        assertThat(find("program-places").getText()).isEqualTo("3 / 3");
        assertThat(find("places").getText()).startsWith("3 dari 3 tempat terisi · 0 di daftar tunggu");
        check("capacity-raised");
    }

    private List<Long> enrolledIn(Long program) {
        return jdbc.queryForList("select inmate_id from enrollment where program_id = ?", Long.class, program);
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

    private Long inmate(String registration, String name, LocalDate release) {
        return inmates.ensure("test", new InmateDetails(registration, name, null, LocalDate.of(1992, 2, 2), Sex.MALE,
                LegalStatus.NARAPIDANA, Education.SMP, "Blok B", LocalDate.of(2025, 6, 1), release));
    }
}
