package id.binaan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** An administrator creates an account, its user chooses their own password, then the administrator disables it. */
class AccountJourneyTests extends BrowserTest {

    @Test
    void anAdministratorCreatesAndLaterDisablesAnAccount() {
        String username = "petugas-" + UUID.randomUUID().toString().substring(0, 6);
        String temporary = "sementara-" + username;
        String own = "nasi kuning di hari jumat";

        login("admin", DEMO_PASSWORD);
        open("/admin/users/new");
        assertThat(heading()).isEqualTo("Buat akun");
        find("username").sendKeys(username);
        find("fullName").sendKeys("Rahmawati Said");
        new Select(find("role")).selectByValue("STAFF");
        find("password").sendKeys("pendek");
        find("save").click();
        assertThat(find("password-error").getText()).isEqualTo("Kata sandi minimal 12 karakter.");
        check("account-new-errors");

        find("password").sendKeys(temporary);
        find("save").click();
        assertThat(find("flash").getText()).isEqualTo("Akun " + username + " dibuat.");
        check("account-edit");
        logout();

        login(username, temporary);
        assertThat(path()).isEqualTo("/account/password");
        assertThat(present("must-change")).isTrue();
        check("password-must-change");
        find("currentPassword").sendKeys(temporary);
        find("newPassword").sendKeys(own);
        find("confirmation").sendKeys(own);
        go("save");
        assertThat(path()).isEqualTo("/");
        assertThat(find("flash").getText()).isEqualTo("Kata sandi Anda sudah diganti.");
        logout();

        login("admin", DEMO_PASSWORD);
        open("/admin/users");
        assertThat(find("account-" + username).getText()).contains("Rahmawati Said", "Petugas", "Aktif");
        check("accounts");
        find("account-" + username).findElement(org.openqa.selenium.By.linkText("Nonaktifkan")).click();
        assertThat(heading()).isEqualTo("Nonaktifkan akun");
        check("account-disable-confirm");
        find("confirm").click();
        assertThat(find("flash").getText()).isEqualTo("Akun " + username + " dinonaktifkan.");
        assertThat(find("account-" + username).getText()).contains("Nonaktif");

        open("/admin/audit/verify");
        assertThat(present("chain-intact")).isTrue();
        check("audit-verify");
        logout();

        login(username, own);
        assertThat(path()).isEqualTo("/login?error");
    }
}
