package id.binaan.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import id.binaan.HttpUser;
import id.binaan.RawHttp;
import id.binaan.partner.Partners;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every answer carries the security headers, including those no page of the application writes: requests the
 * firewall rejects and errors Tomcat raises itself. None shows Tomcat's page or JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorHeadersHttpTests {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Partners partners;

    @Test
    void requestsTheFirewallRejectsAnswerAPageWithTheHeaders() {
        String staff = signedInCookie();
        SoftAssertions softly = new SoftAssertions();
        for (String cookie : new String[] {null, staff}) {
            for (String path : List.of("/admin;x/users", "//admin/users", "/admin%2Fusers", "/admin%5Cusers",
                    "/admin/%2e%2e/users", "/admin/users%00", "/login;jsessionid=x")) {
                RawHttp.Response answer = get(path, cookie);
                softly.assertThat(answer.status()).as(path).isEqualTo(400);
                assertHeaders(softly, path, answer);
                softly.assertThat(answer.body()).as(path).contains("Permintaan tidak valid");
            }
        }
        softly.assertAll();
    }

    @Test
    void errorsTomcatRaisesItselfAnswerAPageWithTheHeaders() {
        SoftAssertions softly = new SoftAssertions();
        for (String path : List.of("/%zz", "/inmates/%zz", "/%")) {
            RawHttp.Response answer = get(path, null);
            softly.assertThat(answer.status()).as(path).isEqualTo(400);
            assertHeaders(softly, path, answer);
            softly.assertThat(answer.body()).as(path).contains("Permintaan tidak valid");
        }
        softly.assertAll();
    }

    @Test
    void aChunkedUploadOverTheLimitIsRefusedWithAPageWithTheHeaders() {
        String cookie = signedInCookie();
        String boundary = "----batas" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"besar.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] row = "B.I 1/2026,Nama Panjang Sekali\n".getBytes(StandardCharsets.UTF_8);
        while (body.size() < 13 * 1024 * 1024) {
            body.writeBytes(row);
        }
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        RawHttp.Response answer = RawHttp.send(port, "POST /inmates/import HTTP/1.1", List.of(
                "Host: 127.0.0.1:" + port, "Cookie: " + cookie, "Transfer-Encoding: chunked",
                "Content-Type: multipart/form-data; boundary=" + boundary), chunked(body.toByteArray()));
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(answer.status()).isEqualTo(413);
        assertHeaders(softly, "chunked upload", answer);
        softly.assertAll();
    }

    @Test
    void pagesOfTheApplicationsOwnErrorsCarryTheHeadersToo() {
        String staff = signedInCookie();
        SoftAssertions softly = new SoftAssertions();
        for (String path : List.of("/tidak-ada", "/error", "/sessions/week?date=-999999999-01-01", "/programs/abc",
                "/admin/users")) {
            RawHttp.Response answer = get(path, staff);
            softly.assertThat(answer.status()).as(path).isIn(400, 403, 404);
            assertHeaders(softly, path, answer);
        }
        softly.assertAll();
    }

    private static void assertHeaders(SoftAssertions softly, String path, RawHttp.Response answer) {
        softly.assertThat(answer.header("Content-Security-Policy")).as(path + " CSP")
                .hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        softly.assertThat(answer.header("X-Content-Type-Options")).as(path + " nosniff").hasValue("nosniff");
        softly.assertThat(answer.header("X-Frame-Options")).as(path + " frame options").hasValue("DENY");
        softly.assertThat(answer.header("Referrer-Policy")).as(path + " referrer").hasValue("same-origin");
        softly.assertThat(answer.header("Cache-Control")).as(path + " cache").hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
        softly.assertThat(answer.header("Content-Type")).as(path + " type").hasValueSatisfying(
                value -> assertThat(value).startsWith("text/html"));
        softly.assertThat(answer.body()).as(path + " body").doesNotContain("Apache Tomcat").doesNotContain("Whitelabel")
                .doesNotContain("\"status\"").doesNotContain("Exception");
    }

    private RawHttp.Response get(String path, String cookie) {
        List<String> headers = new ArrayList<>(List.of("Accept: */*"));
        if (cookie != null) {
            headers.add("Cookie: " + cookie);
        }
        return RawHttp.get(port, path, headers.toArray(String[]::new));
    }

    private String signedInCookie() {
        HttpUser user = new HttpUser();
        String username = new TestUsers(accounts, partners).create(Role.STAFF);
        assertThat(user.logIn("http://127.0.0.1:" + port, username, TestUsers.PASSWORD).status()).isEqualTo(302);
        return user.cookieHeader();
    }

    private static byte[] chunked(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int chunk = 64 * 1024;
        for (int at = 0; at < data.length; at += chunk) {
            int length = Math.min(chunk, data.length - at);
            out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(data, at, length);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
