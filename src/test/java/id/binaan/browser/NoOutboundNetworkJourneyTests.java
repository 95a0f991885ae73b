package id.binaan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.security.Permission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Binaan works with no way out of the machine (a prison network is often offline): the browser can reach
 * only loopback (every other host name resolves to nothing and every other address goes to a closed
 * proxy), and the application itself is refused any connection beyond loopback and its database. Every
 * request the browser makes over several pages must go to the application and succeed.
 */
class NoOutboundNetworkJourneyTests extends BrowserTest {

    private static final Json JSON = new Json();
    private final OutboundGuard guard = new OutboundGuard();

    @Override
    protected void configure(ChromeOptions options) {
        options.addArguments("--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
                "--proxy-server=http://127.0.0.1:9", "--dns-prefetch-disable");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
    }

    @BeforeAll
    void guardTheApplication() {
        guard.install();
    }

    @AfterAll
    void removeTheGuard() {
        guard.remove();
    }

    @Test
    void everyPageLoadsEverythingFromTheApplicationItself() {
        // what the browser did before the journey (its own new-tab page, from chrome://) is not the app's
        browser.get("about:blank");
        browser.manage().logs().get(LogType.PERFORMANCE);
        List<String> pages = new ArrayList<>();
        login("admin", DEMO_PASSWORD);
        pages.add(path());
        assertThat(heading()).startsWith("Selamat datang");
        go("nav-inmates");
        pages.add(path());
        go("inmate-new");
        pages.add(path());
        assertThat(present("registrationNumber")).isTrue();
        go("nav-programs");
        pages.add(path());
        open(java.net.URI.create(browser.findElement(By.cssSelector("main table a[href^='/programs/']"))
                .getAttribute("href")).getPath());
        assertThat(path()).matches("/programs/\\d+");
        pages.add(path());
        go("nav-reports");
        pages.add(path());
        go("nav-audit");
        pages.add(path());
        logout();
        pages.add(path());

        List<String> requested = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        java.util.Set<String> browsersOwn = new java.util.HashSet<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> message = message(entry);
            Map<String, Object> params = map(message.get("params"));
            switch (String.valueOf(message.get("method"))) {
                case "Network.requestWillBeSent" -> {
                    // the browser's own pages (a new tab still loading its chrome:// parts) are not Binaan's
                    if (String.valueOf(params.get("documentURL")).startsWith("chrome://")) {
                        browsersOwn.add(String.valueOf(params.get("requestId")));
                    } else {
                        requested.add(String.valueOf(map(params.get("request")).get("url")));
                    }
                }
                case "Network.loadingFailed" -> {
                    if (!browsersOwn.contains(String.valueOf(params.get("requestId")))) {
                        failed.add(params.get("errorText") + " " + params.get("requestId"));
                    }
                }
                default -> { }
            }
        }
        String app = "http://localhost:" + port + "/";
        assertThat(pages).as("pages visited").hasSize(8).allMatch(p -> p.startsWith("/"));
        assertThat(requested).as("requests the browser made").hasSizeGreaterThan(20)
                .anyMatch(url -> url.startsWith(app + "webjars/bootstrap/"))
                .allMatch(url -> url.startsWith(app) || url.startsWith("data:"), "go to the application or are data: URIs");
        assertThat(failed).as("requests that failed").isEmpty();
        assertThat(guard.attempts()).as("connections the application tried beyond loopback and its database").isEmpty();

        // and the walls hold: a font from the internet cannot be fetched by the browser
        String error;
        try {
            browser.get("https://fonts.googleapis.com/css2?family=Roboto");
            error = browser.getPageSource();
        } catch (WebDriverException e) {
            error = e.getMessage();
        }
        assertThat(error).containsPattern("ERR_(NAME_NOT_RESOLVED|PROXY_CONNECTION_FAILED|CONNECTION_REFUSED)");
    }

    @Test
    void theGuardRefusesAndRecordsAConnectionBeyondLoopback() {
        OutboundGuard probe = new OutboundGuard();
        probe.install();
        try {
            assertThatThrownBy(() -> new Socket("192.0.2.10", 443).close()).isInstanceOf(SecurityException.class);
            assertThatThrownBy(() -> java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create("http://192.0.2.11/update")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding())).isInstanceOf(Exception.class);
        } finally {
            probe.remove();
        }
        assertThat(probe.attempts()).contains("192.0.2.10:443", "192.0.2.11:80");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> message(LogEntry entry) {
        return map(((Map<String, Object>) JSON.toType(entry.getMessage(), Map.class)).get("message"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /**
     * Refuses, and records, every connection of this JVM beyond loopback and the database's host, raw sockets
     * included (JDBC, HTTP clients, DNS look-ups), for as long as it is installed. JDK 17 (the project's)
     * still lets a test install a security manager; where a later JDK does not, the guard says so and fails.
     */
    static final class OutboundGuard extends SecurityManager {

        private final List<String> attempts = Collections.synchronizedList(new ArrayList<>());
        private final String databaseHost = id.binaan.TestDatabase.get().url().replaceFirst("^jdbc:postgresql://([^:/]+).*$", "$1");
        private SecurityManager previous;

        @SuppressWarnings("removal")
        void install() {
            previous = System.getSecurityManager();
            try {
                System.setSecurityManager(this);
            } catch (UnsupportedOperationException e) {
                throw new IllegalStateException("The outbound-connection guard needs JDK 17, or -Djava.security.manager=allow"
                        + " on JDK 18 to 23", e);
            }
        }

        @SuppressWarnings("removal")
        void remove() {
            System.setSecurityManager(previous);
        }

        List<String> attempts() {
            return List.copyOf(attempts);
        }

        @Override
        public void checkConnect(String host, int port) {
            if (!allowed(host)) {
                attempts.add(host + ":" + port);
                throw new SecurityException("No outbound connection: " + host + ":" + port);
            }
        }

        @Override
        public void checkConnect(String host, int port, Object context) {
            checkConnect(host, port);
        }

        @Override
        public void checkPermission(Permission permission) {
            if (permission instanceof RuntimePermission && "setSecurityManager".equals(permission.getName())) {
                return;
            }
        }

        @Override
        public void checkPermission(Permission permission, Object context) {
        }

        private boolean allowed(String host) {
            String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            if (bare.equals("localhost") || bare.equalsIgnoreCase(databaseHost)) {
                return true;
            }
            if (!(bare.matches("\\d{1,3}(\\.\\d{1,3}){3}") || bare.contains(":"))) {
                return false;
            }
            try {
                // the wildcard address is this machine's own (Tomcat asks for its name), not a way out
                InetAddress address = InetAddress.getByName(bare);
                return address.isLoopbackAddress() || address.isAnyLocalAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
    }
}
