package id.binaan.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import id.binaan.HttpUser;
import id.binaan.HttpUser.Page;
import id.binaan.RawHttp;
import id.binaan.partner.Partners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A user's own password and the redirects the server writes, over real HTTP (the request's bytes and headers matter). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountHttpTests {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Partners partners;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSixtyFourCharacterPasswordInAnyScriptIsAcceptedAndSignsIn() {
        String staff = new TestUsers(accounts, partners).create(Role.STAFF);
        HttpUser user = signedIn(staff, TestUsers.PASSWORD);
        // 64 characters on screen: families, flags and a thumb with its skin tone are one character each but several
        // code points (200 in all), with Chinese and accented letters; 708 bytes in UTF-8
        String password = "👨‍👩‍👧".repeat(32) + "日本語ñ🔑ß🇮🇩👍🏽".repeat(4);
        assertThat(PasswordPolicy.characters(password)).isEqualTo(64);
        assertThat(password.codePointCount(0, password.length())).isEqualTo(200);

        Page answer = user.submit(base(), "/account/password", "/account/password",
                Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", password, "confirmation", password));
        assertThat(answer.body()).doesNotContain("paling banyak");
        assertThat(answer.status()).isEqualTo(302);
        signedIn(staff, password);
    }

    @Test
    void aPasswordOfMoreThan128CharactersIsRefusedWithItsMessage() {
        HttpUser user = signedIn(new TestUsers(accounts, partners).create(Role.STAFF), TestUsers.PASSWORD);
        String password = "日本語ñ🔑ß🇮🇩👍🏽".repeat(16) + "x";
        Page answer = user.submit(base(), "/account/password", "/account/password",
                Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", password, "confirmation", password));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("Kata sandi paling banyak 128 karakter");
    }

    @Test
    void guessingTheCurrentPasswordIsAuditedAndHeldLikeSignInGuesses() {
        String staff = new TestUsers(accounts, partners).create(Role.STAFF);
        HttpUser user = signedIn(staff, TestUsers.PASSWORD);
        String next = "kata sandi baru yang panjang";
        for (int i = 0; i < 10; i++) {
            Page answer = user.submit(base(), "/account/password", "/account/password",
                    Map.of("currentPassword", "tebakan-" + i, "newPassword", next, "confirmation", next));
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).contains("Kata sandi saat ini tidak cocok.");
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'PASSWORD_CHANGE_FAILED'",
                Integer.class, staff)).isEqualTo(10);

        Page held = user.submit(base(), "/account/password", "/account/password",
                Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", next, "confirmation", next));
        assertThat(held.status()).as("the right password, while held").isEqualTo(200);
        assertThat(held.body()).contains("Terlalu banyak percobaan");
        assertThat(new HttpUser().logIn(base(), staff, TestUsers.PASSWORD).location())
                .as("signing in elsewhere is held too").endsWith("/login?error");

        jdbc.update("update user_account set locked_until = now() - interval '1 second' where username = ?", staff);
        Page changed = user.submit(base(), "/account/password", "/account/password",
                Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", next, "confirmation", next));
        assertThat(changed.status()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select failed_login_count from user_account where username = ?", Integer.class, staff))
                .isZero();
    }

    @Test
    void aForgedHostHeaderIsNeverNamedInARedirect() {
        for (String target : List.of("/", "/inmates", "/admin/users", "/login?logout", "/sessions")) {
            for (String host : List.of("Host: evil.example", "Host: evil.example:8443")) {
                RawHttp.Response answer = RawHttp.get(port, target, host, "X-Forwarded-Host: evil.example");
                assertThat(answer.status()).as(target).isEqualTo(target.startsWith("/login") ? 200 : 302);
                answer.header("Location").ifPresent(location -> assertThat(location).as(target)
                        .doesNotContain("evil.example").startsWith("/"));
            }
        }
        String staff = new TestUsers(accounts, partners).create(Role.STAFF);
        HttpUser user = new HttpUser();
        String token = HttpUser.csrf(user.get(base(), "/login")).orElseThrow();
        RawHttp.Response login = RawHttp.send(port, "POST /login HTTP/1.1", List.of("Host: evil.example",
                "Content-Type: application/x-www-form-urlencoded", "Content-Length: " + loginBody(staff, token).length(),
                "Cookie: " + cookies(user)), loginBody(staff, token).getBytes());
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location").orElseThrow()).doesNotContain("evil.example").startsWith("/");
    }

    private static String loginBody(String username, String token) {
        return "username=" + username + "&password=" + TestUsers.PASSWORD.replace(" ", "+") + "&_csrf=" + token;
    }

    private static String cookies(HttpUser user) {
        return user.cookieHeader();
    }

    private HttpUser signedIn(String username, String password) {
        HttpUser user = new HttpUser();
        Page login = user.logIn(base(), username, password);
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.location()).doesNotContain("/login");
        return user;
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
