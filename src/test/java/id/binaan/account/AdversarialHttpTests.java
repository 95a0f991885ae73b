package id.binaan.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.binaan.HttpUser;
import id.binaan.HttpUser.Page;
import id.binaan.partner.Partners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Attacks over real HTTP, through the real server and its URL handling: spellings of admin paths that
 * might slip past the rules, and sessions that should be over (logged out, idle, too old, fixed before login).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdversarialHttpTests {

    private static final String ADMIN_PAGE = "id=\"accounts\"";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Partners partners;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noSpellingOfAnAdminPathReachesItForSomeoneWhoIsNotAnAdministrator() {
        TestUsers users = new TestUsers(accounts, partners);
        HttpUser admin = signedIn(users.create(Role.ADMIN));
        assertThat(admin.get(base(), "/admin/users").body()).as("the page the attacks aim at").contains(ADMIN_PAGE);

        List<String> variants = List.of("/admin/users", "/admin/users/", "/ADMIN/users", "/Admin/Users", "/admin;x/users",
                "/admin/users;x", "/admin/./users", "/./admin/users", "/x/../admin/users", "/%61dmin/users", "/admin%2Fusers",
                "/admin//users", "//admin/users", "/admin/users%00", "/admin/users%20", "/admin/users.html", "/%2e/admin/users",
                "/admin/%2e/users", "/admin/users?x=/login", "/login/../admin/users", "/webjars/../admin/users",
                "/css/..;/admin/users", "/admin%5Cusers", "/admin%5cusers");
        List<String> reached = new ArrayList<>();
        for (HttpUser intruder : List.of(signedIn(users.create(Role.STAFF)), signedIn(users.create(Role.PARTNER)), new HttpUser())) {
            for (String variant : variants) {
                Page page = intruder.get(base(), variant);
                if (page.status() == 200 || page.body().contains(ADMIN_PAGE)) {
                    reached.add(variant + " -> " + page.status());
                }
                assertThat(page.status()).as(variant).isNotEqualTo(500);
            }
        }
        assertThat(reached).as("admin pages reached by someone who is not an administrator").isEmpty();
    }

    @Test
    void aSessionIsKeptInTheDatabaseWithAThirtyMinuteIdleTimeout() {
        String staff = new TestUsers(accounts, partners).create(Role.STAFF);
        signedIn(staff);
        assertThat(jdbc.queryForObject("select max_inactive_interval from spring_session where principal_name = ?",
                Integer.class, staff)).isEqualTo(30 * 60);
    }

    @Test
    void aSessionIdleForMoreThanThirtyMinutesIsOver() {
        String staff = new TestUsers(accounts, partners).create(Role.STAFF);
        HttpUser user = signedIn(staff);
        assertThat(user.get(base(), "/").status()).isEqualTo(200);

        jdbc.update("update spring_session set last_access_time = last_access_time - 31 * 60 * 1000,"
                + " expiry_time = expiry_time - 31 * 60 * 1000 where principal_name = ?", staff);

        Page page = user.get(base(), "/");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).contains("/login");
    }

    @Test
    void aSessionOlderThanTwelveHoursIsOverHoweverActiveItWas() {
        String staff = new TestUsers(accounts, partners).create(Role.STAFF);
        HttpUser user = signedIn(staff);
        jdbc.update("update spring_session set creation_time = creation_time - (12 * 60 + 1) * 60 * 1000 where principal_name = ?",
                staff);

        Page page = user.get(base(), "/");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login?expired");
        assertThat(user.get(base(), "/").location()).contains("/login");
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class, staff))
                .isZero();
    }

    @Test
    void theCookieFromBeforeLoginIsWorthlessAfterIt() {
        String staff = new TestUsers(accounts, partners).create(Role.STAFF);
        HttpUser user = new HttpUser();
        // no session is given before sign-in; an attacker can still plant a session cookie of their choosing
        String planted = java.util.Base64.getEncoder().encodeToString(
                java.util.UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        user.useSession(planted);
        user.get(base(), "/login");

        assertThat(user.logIn(base(), staff, TestUsers.PASSWORD).status()).isEqualTo(302);
        assertThat(user.session()).isNotEqualTo(planted);

        HttpUser attacker = new HttpUser();
        attacker.useSession(planted);
        Page page = attacker.get(base(), "/");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).contains("/login");
    }

    @Test
    void visitorsWhoAreNotSignedInLeaveNoSessionBehindAndTheirFormsStillNeedTheirCsrfToken() {
        String staff = new TestUsers(accounts, partners).create(Role.STAFF);
        long start = System.currentTimeMillis();
        String madeSince = "select count(*) from spring_session where creation_time >= ?";
        for (int i = 0; i < 20; i++) {
            HttpUser visitor = new HttpUser();
            assertThat(visitor.get(base(), "/login").status()).isEqualTo(200);
            assertThat(visitor.get(base(), "/inmates").location()).contains("/login");
            assertThat(visitor.get(base(), "/certificates/verify").status()).isEqualTo(200);
            if (i < 2) {
                // few enough not to hold this address (login throttling), whose count the sign-in below clears
                assertThat(visitor.logIn(base(), staff, "salah-" + i).location()).endsWith("/login?error");
            }
        }
        assertThat(jdbc.queryForObject(madeSince, Integer.class, start))
                .as("session rows written by visitors who never signed in").isZero();

        HttpUser forger = new HttpUser();
        forger.get(base(), "/login");
        assertThat(forger.post(base(), "/login", Map.of("username", staff, "password", TestUsers.PASSWORD)).status())
                .as("a sign-in without the form's token").isEqualTo(403);
        assertThat(forger.post(base(), "/login", Map.of("username", staff, "password", TestUsers.PASSWORD,
                "_csrf", "ditebak")).status()).as("a sign-in with a made-up token").isEqualTo(403);

        HttpUser returning = new HttpUser();
        assertThat(returning.get(base(), "/programs").location()).contains("/login");
        Page in = returning.logIn(base(), staff, TestUsers.PASSWORD);
        assertThat(in.location()).as("back to the page asked for before signing in").endsWith("/programs");
        assertThat(jdbc.queryForObject(madeSince, Integer.class, start)).as("the one sign-in's session").isEqualTo(1);
    }

    @Test
    void aSessionCookieReplayedAfterLogoutIsRefusedAndTheSessionIsGoneFromTheDatabase() {
        String staff = new TestUsers(accounts, partners).create(Role.STAFF);
        HttpUser user = signedIn(staff);
        String cookie = user.session();
        assertThat(user.submit(base(), "/", "/logout", Map.of()).location()).endsWith("/login?logout");

        HttpUser replay = new HttpUser();
        replay.useSession(cookie);
        Page page = replay.get(base(), "/");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).contains("/login");
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class, staff))
                .isZero();
    }

    @Test
    void aSessionWhoseStoredDataCannotBeReadAnyMoreSignsOutInsteadOfFailing() {
        String staff = new TestUsers(accounts, partners).create(Role.STAFF);
        HttpUser user = signedIn(staff);
        assertThat(user.get(base(), "/").status()).isEqualTo(200);
        // as after an upgrade that changed a stored class, or a damaged row
        jdbc.update("update spring_session_attributes set attribute_bytes = decode('aced0005deadbeef', 'hex')"
                + " where session_primary_id = (select primary_id from spring_session where principal_name = ?)", staff);

        Page page = user.get(base(), "/");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).contains("/login");
        assertThat(user.get(base(), "/login").status()).isEqualTo(200);
        assertThat(signedIn(staff).get(base(), "/").status()).isEqualTo(200);
    }

    @Test
    void aHugeCsvGetsAMessageNotAnError() {
        HttpUser staff = signedIn(new TestUsers(accounts, partners).create(Role.STAFF));
        Page overTheAppLimit = staff.upload(base(), "/inmates/import", "/inmates/import", "file", "besar.csv", hugeCsv(11));
        assertThat(overTheAppLimit.status()).isEqualTo(200);
        assertThat(overTheAppLimit.body()).contains("Berkas lebih besar dari 10 MB");

        Page overTheServerLimit = staff.upload(base(), "/inmates/import", "/inmates/import", "file", "besar.csv", hugeCsv(13));
        assertThat(overTheServerLimit.status()).isEqualTo(302);
        assertThat(overTheServerLimit.location()).endsWith("/upload-too-large");
        Page message = staff.get(base(), "/upload-too-large");
        assertThat(message.status()).isEqualTo(413);
        assertThat(message.body()).contains("id=\"too-large\"").contains("10 MB").doesNotContain("Exception");
        assertThat(staff.get(base(), "/").status()).as("still signed in").isEqualTo(200);
    }

    private static byte[] hugeCsv(int megabytes) {
        StringBuilder csv = new StringBuilder("nomor_registrasi,nama_lengkap\n");
        int row = 0;
        while (csv.length() < megabytes * 1024 * 1024) {
            csv.append("B.I ").append(row++).append("/2026,Nama Panjang Sekali ").append(row).append('\n');
        }
        return csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private HttpUser signedIn(String username) {
        HttpUser user = new HttpUser();
        Page login = user.logIn(base(), username, TestUsers.PASSWORD);
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.location()).doesNotContain("/login");
        return user;
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
