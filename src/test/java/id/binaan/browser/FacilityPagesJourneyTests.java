package id.binaan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import id.binaan.facility.Facilities;
import id.binaan.inmate.Education;
import id.binaan.inmate.InmateDetails;
import id.binaan.inmate.Inmates;
import id.binaan.inmate.LegalStatus;
import id.binaan.inmate.Sex;
import id.binaan.shared.Scope;

/**
 * The pages of a Binaan with several facilities, on a desk (1366 px) and on a phone (390 px): the national officer
 * makes the Makassar administrator's account beside the facilities; the regional officer reads their region; the
 * new administrator changes the temporary password, then receives a person transferred from Pangkep. Nothing is
 * wider than the phone.
 */
class FacilityPagesJourneyTests extends BrowserTest {

    static final String NEW_PASSWORD = "Makassar-baru-2026";

    @Autowired
    Facilities facilities;
    @Autowired
    Inmates inmates;
    @Autowired
    Clock clock;

    @AfterEach
    void deskAgain() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void theFacilityPagesReadWellOnADeskAndOnAPhone() {
        int n = ThreadLocalRandom.current().nextInt(100_000, 900_000);
        Facilities.FacilityInfo makassar = facilities.all().stream()
                .filter(f -> f.code().equals("LAPAS-MAKASSAR")).findFirst().orElseThrow();
        String admin = "admin-makassar-" + n;
        for (int width : new int[] {1366, 390}) {
            String size = width + "px";
            String moved = "Andi Pindahan Makassar " + n + " " + width;
            transferToMakassar(moved, n + width, makassar.id());
            browser.manage().window().setSize(new Dimension(width, 900));

            login("pusat", DEMO_PASSWORD);
            assertThat(path()).isEqualTo("/national");
            looksRight("national-" + size, width);
            open("/admin/facilities");
            assertThat(browser.findElement(By.id("facility-list")).getText()).contains("Lapas Kelas IIA Makassar");
            looksRight("facilities-" + size, width);
            go("officers-link");
            assertThat(path()).isEqualTo("/admin/facilities/accounts");
            if (width == 1366) {
                createMakassarAdministrator(admin, makassar.id());
            }
            assertThat(find("officer-list").getText()).contains(admin).contains("Lapas Kelas IIA Makassar");
            looksRight("officers-" + size, width);
            logout();

            login("kanwil", DEMO_PASSWORD);
            assertThat(path()).isEqualTo("/region");
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Lapas Kelas IIA Makassar");
            looksRight("region-" + size, width);
            logout();

            login(admin, width == 1366 ? TEMPORARY : NEW_PASSWORD);
            if (width == 1366) {
                assertThat(path()).isEqualTo("/account/password");
                find("currentPassword").sendKeys(TEMPORARY);
                find("newPassword").sendKeys(NEW_PASSWORD);
                find("confirmation").sendKeys(NEW_PASSWORD);
                go("save");
            }
            open("/inmates/arrivals");
            assertThat(find("arrivals").getText()).contains(moved).contains("Rutan Kelas IIB Pangkep");
            looksRight("arrivals-" + size, width);
            String receive = browser.findElements(By.cssSelector("#arrivals tbody tr")).stream()
                    .filter(row -> row.getText().contains(moved)).findFirst().orElseThrow()
                    .findElement(By.cssSelector("a[id^='receive-']")).getAttribute("id");
            go(receive);
            assertThat(browser.findElement(By.tagName("main")).getText()).contains(moved);
            looksRight("receive-" + size, width);
            find("registrationNumber").sendKeys("B.I " + (n + width) + "/2026");
            find("cellBlock").sendKeys("Blok B");
            go("receive-submit");
            assertThat(find("flash").getText()).contains(moved);
            looksRight("received-" + size, width);
            logout();
        }
    }

    static final String TEMPORARY = "Sementara-Makassar-2026";

    private void createMakassarAdministrator(String username, Long makassar) {
        find("username").sendKeys(username);
        new Select(find("role")).selectByValue("ADMIN");
        find("password").sendKeys(TEMPORARY);
        go("officer-submit");
        assertThat(find("facilityId-error").getText()).isEqualTo("Pilih UPT administrator ini.");
        assertThat(find("fullName-error").getText()).isEqualTo("Isi nama lengkap.");
        assertThat(find("username").getAttribute("value")).isEqualTo(username);
        looksRight("officer-refused-1366px", 1366);
        find("fullName").sendKeys("Hj. Nurhayati Makassar");
        new Select(find("facilityId")).selectByValue(String.valueOf(makassar));
        find("password").sendKeys(TEMPORARY);
        go("officer-submit");
        assertThat(find("flash").getText()).contains(username);
    }

    private void transferToMakassar(String name, int number, Long makassar) {
        LocalDate today = LocalDate.now(clock);
        Long pangkep = facilities.first().id();
        Scope.facility(pangkep).run(() -> {
            Long id = inmates.ensure("test", new InmateDetails("B.I " + number + "/2025", name, null,
                    LocalDate.of(1992, 3, 3), Sex.MALE, LegalStatus.NARAPIDANA, Education.SMP, "Blok C",
                    LocalDate.of(2025, 6, 1), today.plusYears(1)));
            inmates.transfer("test", id, today, makassar, null);
        });
    }

    /** A screenshot and an accessibility check; on a phone, nothing wider than the screen. */
    private void looksRight(String name, int width) {
        if (width < 400) {
            Number scrollWidth = (Number) ((JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollWidth");
            Number innerWidth = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
            assertThat(scrollWidth.intValue()).as("no horizontal scrolling on " + path())
                    .isLessThanOrEqualTo(innerWidth.intValue());
        }
        check(name);
    }
}
