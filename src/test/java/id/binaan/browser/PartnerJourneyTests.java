package id.binaan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Staff keep the partner registry; an administrator gives a partner a liaison account. */
class PartnerJourneyTests extends BrowserTest {

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void staffRegisterAPartnerWithAnExpiringAgreementAndAMeetingWhoseFollowUpGetsDone() {
        login("petugas", DEMO_PASSWORD);
        press("nav-partners");
        assertThat(heading()).isEqualTo("Mitra");
        assertThat(browser.findElement(By.id("partners")).getText()).contains("BPVP Pangkep");
        check("partner-list");

        press("new-partner");
        press("save-partner");
        assertThat(find("error-summary").getText()).contains("Isi nama mitra.", "Pilih jenis lembaga.");
        check("partner-form-errors");

        String name = "LPK Maju Bersama " + suffix;
        find("name").sendKeys(name);
        new Select(find("type")).selectByValue("LPK");
        find("contactPerson").sendKeys("Andi Baso");
        find("phone").sendKeys("0812-555-0101");
        find("email").sendKeys("lpk.maju@example.org");
        press("save-partner");
        assertThat(heading()).isEqualTo(name);
        assertThat(find("flash").getText()).isEqualTo("Mitra " + name + " telah didaftarkan.");
        assertThat(find("agreements-empty").isDisplayed()).isTrue();

        press("new-agreement");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Makassar"));
        find("number").sendKeys("PKS.12/LPK-MB/2026");
        find("title").sendKeys("Pelatihan menjahit");
        new Select(find("scope")).selectByValue("TRAINING");
        typeDate("signedOn", today.minusMonths(11));
        typeDate("validFrom", today.minusMonths(11));
        typeDate("validUntil", today.minusMonths(12));
        press("save-agreement");
        assertThat(find("validUntil-error").getText()).isEqualTo("Tanggal berakhir harus sesudah tanggal mulai berlaku.");
        assertThat(find("number").getAttribute("value")).isEqualTo("PKS.12/LPK-MB/2026");
        check("agreement-form-errors");
        typeDate("validUntil", today.plusDays(20));
        press("save-agreement");
        assertThat(find("flash").getText()).isEqualTo("Perjanjian PKS.12/LPK-MB/2026 telah disimpan.");
        assertThat(find("agreements").getText()).contains("Pelatihan menjahit", "Segera berakhir");

        press("new-meeting");
        typeDate("heldOn", today.minusDays(2));
        find("place").sendKeys("Aula Rutan Pangkep");
        find("participants").sendKeys("Petugas Pembinaan, Andi Baso");
        find("summary").sendKeys("Menyepakati jadwal pelatihan menjahit.");
        press("save-meeting");
        assertThat(find("flash").getText()).isEqualTo("Rapat koordinasi telah disimpan.");
        String action = "Kirim daftar mesin jahit " + suffix;
        find("description").sendKeys(action);
        typeDate("dueOn", today.minusDays(1));
        press("add-follow-up");
        assertThat(find("follow-ups").getText()).contains(action);
        check("meeting-form");

        open("/partners/follow-ups");
        WebElement row = browser.findElement(By.xpath("//tr[td[contains(., '" + action + "')]]"));
        assertThat(row.getText()).contains("Lewat tenggat", name);
        check("open-follow-ups");

        browser.findElement(By.linkText(name)).click();
        assertThat(find("meetings").getText()).contains(action, "Lewat tenggat");
        check("partner-page");
        WebElement done = browser.findElement(By.xpath("//li[span[contains(., '" + action + "')]]//button"));
        scrollTo(done);
        done.sendKeys(Keys.ENTER);
        assertThat(find("flash").getText()).isEqualTo("Tindak lanjut ditandai selesai.");
        assertThat(browser.findElement(By.xpath("//li[span[contains(., '" + action + "')]]")).getText()).contains("Selesai");
        assertThat(present("new-liaison")).as("only an administrator creates liaison accounts").isFalse();

        open("/partners/follow-ups");
        assertThat(browser.getPageSource()).doesNotContain(action);
    }

    @Test
    void anAdministratorCreatesALiaisonAccountFromThePartnerPage() {
        login("admin", DEMO_PASSWORD);
        // the shared test database holds many partners (a list of fifty a page): the office narrows it by type
        open("/partners?type=PKBM");
        org.openqa.selenium.WebElement pkbm = browser.findElement(By.linkText("PKBM Tunas Harapan"));
        // the list is long in the shared test database: followed as a user would, wherever it sits on the page
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", pkbm);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click()", pkbm);
        assertThat(find("agreements").getText()).contains("PKS.07/PKBM-TH/2026");
        press("new-liaison");
        assertThat(heading()).isEqualTo("Buat akun koordinator");

        String username = "pkbm-" + suffix;
        find("username").sendKeys("bpvp");
        find("fullName").sendKeys("Koordinator PKBM Tunas Harapan");
        find("password").sendKeys("sandi-awal-pkbm-2026");
        find("passwordRepeat").sendKeys("sandi-awal-pkbm-2026");
        press("save-liaison");
        assertThat(find("username-error").getText()).isEqualTo("Nama pengguna ini sudah dipakai. Pilih nama pengguna lain.");
        assertThat(find("fullName").getAttribute("value")).isEqualTo("Koordinator PKBM Tunas Harapan");
        check("liaison-form-errors");

        find("username").clear();
        find("username").sendKeys(username);
        find("password").sendKeys("sandi-awal-pkbm-2026");
        find("passwordRepeat").sendKeys("sandi-awal-pkbm-2026");
        press("save-liaison");
        assertThat(find("flash").getText()).isEqualTo("Akun koordinator " + username + " telah dibuat.");
        assertThat(find("liaison-list").getText()).contains("Koordinator PKBM Tunas Harapan (" + username + ")");
        check("partner-with-liaison");
        logout();

        login(username, "sandi-awal-pkbm-2026");
        assertThat(path()).isEqualTo("/sessions");
        open("/partners");
        assertThat(heading()).isEqualTo("Akses ditolak");
    }

    private void press(String id) {
        WebElement element = find(id);
        WebElement page = browser.findElement(By.tagName("body"));
        scrollTo(element);
        try {
            element.click();
        } catch (ElementClickInterceptedException e) {
            // Near the bottom of a short window the footer can overlap the button; press it as a keyboard user would.
            element.sendKeys(Keys.ENTER);
        }
        waitForNewPage(page);
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
    }

    private void typeDate(String id, LocalDate date) {
        // The digit order a date input accepts from the keyboard depends on the browser's locale; set the ISO value.
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", find(id), date.toString());
    }
}
