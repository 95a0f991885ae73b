package id.binaan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Each demo role signs in, sees its own navigation, switches language and signs out. */
class LoginJourneyTests extends BrowserTest {

    @Test
    void adminSeesEverythingIncludingTheAuditLog() {
        login("admin", DEMO_PASSWORD);
        assertThat(path()).isEqualTo("/");
        assertThat(heading()).isEqualTo("Selamat datang, Kepala Subseksi Pembinaan");
        assertThat(present("nav-home")).isTrue();
        assertThat(present("nav-sessions")).isTrue();
        assertThat(present("nav-audit")).isTrue();
        check("admin-dashboard");

        find("nav-audit").click();
        assertThat(heading()).isEqualTo("Log audit");
        assertThat(browser.findElement(By.tagName("tbody")).getText()).contains("admin Masuk berhasil").doesNotContain("LOGIN_SUCCEEDED");
        check("admin-audit");

        switchLanguageAndBack("Welcome, Kepala Subseksi Pembinaan");
        logoutAndSeeTheLoginPage();
    }

    @Test
    void staffSeeTheDashboardButNotTheAuditLog() {
        login("petugas", DEMO_PASSWORD);
        assertThat(path()).isEqualTo("/");
        assertThat(find("current-user").getText()).isEqualTo("Petugas Pembinaan");
        openAccountMenu();
        assertThat(find("current-role").getText()).isEqualTo("Petugas");
        assertThat(present("nav-home")).isTrue();
        assertThat(present("nav-audit")).isFalse();
        check("staff-dashboard");

        open("/admin/audit");
        assertThat(heading()).isEqualTo("Akses ditolak");
        check("staff-403");
        open("/inmates/999999999/no-such-page");
        assertThat(heading()).isEqualTo("Halaman tidak ditemukan");
        assertThat(browser.getPageSource()).doesNotContain("Exception").doesNotContain("at id.binaan");
        check("staff-404");

        switchLanguageAndBack("Welcome, Petugas Pembinaan");
        logoutAndSeeTheLoginPage();
    }

    @Test
    void liaisonsLandOnTheirSessionsAndSeeNothingElse() {
        for (String liaison : new String[] {"bpvp", "disdik"}) {
            login(liaison, DEMO_PASSWORD);
            assertThat(path()).isEqualTo("/sessions");
            assertThat(heading()).isEqualTo("Pertemuan");
            assertThat(present("nav-sessions")).isTrue();
            assertThat(present("nav-home")).isFalse();
            assertThat(present("nav-audit")).isFalse();
            String sessions = find("sessions-list").getText();
            assertThat(sessions).as("only the liaison's own institution").contains(ownProgram(liaison))
                    .doesNotContain(ownProgram(liaison.equals("bpvp") ? "disdik" : "bpvp"));
            check(liaison + "-sessions");

            open("/");
            assertThat(path()).as("the home page of a liaison is their sessions").isEqualTo("/sessions");
            open("/admin/audit");
            assertThat(heading()).isEqualTo("Akses ditolak");
            go("error-home");
            assertThat(path()).as("the way back from a refusal leads to the liaison's own home").isEqualTo("/sessions");
            open("/");
            assertThat(path()).isEqualTo("/sessions");
            logoutAndSeeTheLoginPage();
        }
    }

    @Test
    void aWrongPasswordShowsOneMessageThatDoesNotSayWhichPartWasWrong() {
        login("petugas", "bukan-sandinya");
        assertThat(path()).isEqualTo("/login?error");
        assertThat(browser.findElements(By.cssSelector(".alert-danger"))).hasSize(1);
        assertThat(find("login-error").getText()).isEqualTo(
                "Nama pengguna atau kata sandi salah, atau akun tidak dapat digunakan. Periksa lalu coba lagi.");
        check("login-error");

        login("tidak-ada-orangnya", "bukan-sandinya");
        assertThat(find("login-error").getText()).isEqualTo(
                "Nama pengguna atau kata sandi salah, atau akun tidak dapat digunakan. Periksa lalu coba lagi.");
    }

    private static String ownProgram(String liaison) {
        return liaison.equals("bpvp") ? "Servis Sepeda Motor Injeksi" : "Paket B Kelas 8";
    }

    private void switchLanguageAndBack(String englishHeading) {
        open("/");
        find("lang-switch").click();
        assertThat(heading()).isEqualTo(englishHeading);
        openAccountMenu();
        assertThat(find("logout").getText()).isEqualTo("Sign out");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        check("english");

        open("/sessions");
        assertThat(heading()).as("the language is remembered").isEqualTo("Sessions");

        find("lang-switch").click();
        assertThat(heading()).isEqualTo("Pertemuan");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("id");
    }

    private void logoutAndSeeTheLoginPage() {
        logout();
        assertThat(path()).isEqualTo("/login?logout");
        assertThat(find("logged-out").getText()).isEqualTo("Anda telah keluar.");
        check("logged-out");
    }
}
