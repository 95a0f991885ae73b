package id.binaan.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.binaan.BinaanApplication;
import id.binaan.TestDatabase;
import id.binaan.account.Accounts;
import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import id.binaan.partner.Partners;
import id.binaan.shared.Scope;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL frozen (SIGSTOP of its postmaster and every backend) for 20 seconds while users keep working, as
 * when its machine stalls. The cluster is the test's own (an embedded PostgreSQL started here, never the shared
 * server). Every request answers within 10 seconds; every answer is a whole page, a redirect, or the page saying
 * the database cannot be reached (503, with the security headers); a form post answered as not saved was not
 * saved; and once the database answers again, so does the application, without a restart.
 */
class FrozenDatabaseTests {

    private static final Duration FREEZE = Duration.ofSeconds(20);
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private EmbeddedPostgres postgres;
    private ConfigurableApplicationContext app;
    private Path dataDirectory;

    @AfterEach
    void stop() throws Exception {
        signal("-CONT");
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void everyRequestAnswersWithinTenSecondsWhileTheDatabaseIsFrozenAndTheApplicationRecoversByItself() throws Exception {
        dataDirectory = Files.createTempDirectory("binaan-frozen-pg");
        postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(true).start();
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
        app = new SpringApplicationBuilder(BinaanApplication.class).run("--server.port=0", "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=");
        String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        TestUsers users = new TestUsers(app.getBean(Accounts.class), app.getBean(Partners.class));
        // the test's own work as staff of the first facility, as TestDatabase arranges for tests in the suite: a
        // staff account is made in the facility of the work that makes it (run alone, this test's code had none),
        // and the look at what was saved must see that facility's inmates
        Scope asStaff = Scope.facility(TestDatabase.FACILITY);

        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Client client = new Client(base, i);
            client.logIn(asStaff.call(() -> users.create(Role.STAFF)));
            clients.add(client);
        }
        Client anonymous = new Client(base, 99);

        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        ExecutorService load = Executors.newFixedThreadPool(clients.size() + 1);
        long loadEnds = System.nanoTime() + Duration.ofSeconds(3 + FREEZE.toSeconds() + 3).toNanos();
        AtomicInteger numbers = new AtomicInteger();
        for (Client client : clients) {
            load.submit(() -> {
                while (System.nanoTime() < loadEnds) {
                    answers.add(client.next(numbers.incrementAndGet()));
                }
            });
        }
        load.submit(() -> {
            while (System.nanoTime() < loadEnds) {
                answers.add(anonymous.time("GET", "/login", () -> anonymous.get("/login")));
                sleep(300);
            }
        });

        Thread.sleep(3000);
        long frozenAt = System.nanoTime();
        signal("-STOP");
        Thread.sleep(FREEZE.toMillis());
        signal("-CONT");
        long thawedAt = System.nanoTime();
        load.shutdown();
        assertThat(load.awaitTermination(2, TimeUnit.MINUTES)).as("the load ended").isTrue();

        List<Answer> during = answers.stream().filter(a -> a.startedAt() >= frozenAt && a.startedAt() < thawedAt).toList();
        assertThat(during).as("requests sent while the database was frozen").hasSizeGreaterThan(10);
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.failure()).as(answer.describe()).isNull();
            assertThat(answer.took()).as(answer.describe()).isLessThan(ANSWER_WITHIN);
            assertThat(answer.whole() || answer.status() == 302 || answer.unavailablePage())
                    .as("a whole page, a redirect or the unavailable page: " + answer.describe()).isTrue();
        });
        assertThat(during).filteredOn(Answer::unavailablePage).as("the unavailable page was shown").isNotEmpty()
                .allSatisfy(answer -> assertThat(answer.headers()).as(answer.describe())
                        .containsKeys("content-security-policy", "x-content-type-options", "cache-control"));
        assertThat(during).filteredOn(a -> a.path().equals("/login"))
                .as("the sign-in page needs no database").isNotEmpty().allMatch(a -> a.status() == 200 && a.whole());

        List<String> notSaved = answers.stream().filter(a -> a.body() != null && a.body().contains("id=\"change-not-saved\""))
                .map(Answer::registrationNumber).toList();
        for (String number : notSaved) {
            assertThat(asStaff.call(() -> jdbc.queryForObject("select count(*) from inmate where registration_number = ?",
                    Integer.class, number)))
                    .as("inmate %s, answered as not saved", number).isZero();
        }

        // without a restart: each user's next pages are served again within a few seconds of the thaw
        for (Client client : clients) {
            Answer page = client.untilServed("/inmates", Duration.ofSeconds(15));
            assertThat(page.status()).as(page.describe()).isEqualTo(200);
            assertThat(page.whole()).isTrue();
        }
        assertThat(clients.get(0).next(numbers.incrementAndGet()).status()).isIn(200, 302);
    }

    /** Sends a signal to the test's PostgreSQL: its postmaster and every process it started. */
    private void signal(String signal) throws IOException, InterruptedException {
        if (dataDirectory == null || !Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            return;
        }
        long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
        List<String> command = new ArrayList<>(List.of("kill", signal, Long.toString(postmaster)));
        ProcessHandle.of(postmaster).ifPresent(p -> p.descendants().forEach(child -> command.add(Long.toString(child.pid()))));
        Process kill = new ProcessBuilder(command).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record Answer(String method, String path, long startedAt, Duration took, int status, Map<String, List<String>> headers,
            String body, Exception failure, String registrationNumber) {

        boolean whole() {
            if (path.startsWith("/actuator/")) {
                return (status == 200 || status == 503) && body != null && body.contains("\"status\"");
            }
            return status == 200 && body != null && body.strip().endsWith("</html>");
        }

        boolean unavailablePage() {
            return status == 503 && body != null && body.contains("id=\"database-unavailable\"") && body.strip().endsWith("</html>");
        }

        String describe() {
            String start = body == null ? "" : body.substring(0, Math.min(200, body.length())).replaceAll("\\s+", " ");
            return method + " " + path + " → " + status + " in " + took.toMillis() + " ms"
                    + (failure == null ? "" : " failed: " + failure) + " " + start;
        }
    }

    /** One user's browser: its own cookies, the CSRF token of the last page, a request at a time. */
    static final class Client {

        private final String base;
        private final int index;
        private final HttpClient http;
        private int turn;

        Client(String base, int index) {
            this.base = base;
            this.index = index;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        }

        void logIn(String username) throws Exception {
            String token = csrf(get("/login"));
            HttpResponse<String> answer = post("/login", Map.of("username", username, "password", TestUsers.PASSWORD, "_csrf", token));
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("/login");
        }

        /** The next request of a user at work: reading pages, and now and then adding an inmate. */
        Answer next(int number) {
            turn++;
            if (turn % 4 == 0) {
                String registration = "B.I " + (index * 100_000 + number) + "/2026";
                Answer form = time("GET", "/inmates/new", () -> get("/inmates/new"));
                Matcher token = form.body() == null ? null : CSRF.matcher(form.body());
                if (token == null || !token.find()) {
                    return form;
                }
                return time("POST", "/inmates", registration, () -> {
                    return post("/inmates", Map.of("_csrf", token.group(1), "registrationNumber", registration,
                            "fullName", "Warga Beku " + number, "sex", "MALE", "legalStatus", "NARAPIDANA",
                            "education", "SD", "cellBlock", "Blok B", "admissionDate", "2026-01-05",
                            "expectedReleaseDate", "2029-01-05"));
                });
            }
            String path = List.of("/", "/inmates", "/programs", "/sessions", "/actuator/health").get(turn % 5);
            return time("GET", path, () -> get(path));
        }

        Answer untilServed(String path, Duration within) {
            long until = System.nanoTime() + within.toNanos();
            Answer answer;
            do {
                answer = time("GET", path, () -> get(path));
                if (answer.status() == 200) {
                    return answer;
                }
                sleep(500);
            } while (System.nanoTime() < until);
            return answer;
        }

        Answer time(String method, String path, Call call) {
            return time(method, path, null, call);
        }

        Answer time(String method, String path, String registration, Call call) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = call.send();
                return new Answer(method, path, start, Duration.ofNanos(System.nanoTime() - start), response.statusCode(),
                        response.headers().map(), response.body(), null, registration);
            } catch (NoFormPage e) {
                return new Answer(method, path, start, Duration.ofNanos(System.nanoTime() - start), e.page.statusCode(),
                        e.page.headers().map(), e.page.body(), null, registration);
            } catch (Exception e) {
                return new Answer(method, path, start, Duration.ofNanos(System.nanoTime() - start), 0, Map.of(), null, e,
                        registration);
            }
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Accept", path.startsWith("/actuator/") ? "application/json" : "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
            String form = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The form's token, or none when the form page itself could not be shown (then the post is refused). */
        static String csrf(HttpResponse<String> page) {
            Matcher m = CSRF.matcher(page.body());
            if (!m.find()) {
                throw new NoFormPage(page);
            }
            return m.group(1);
        }
    }

    interface Call {
        HttpResponse<String> send() throws Exception;
    }

    /** The form page answered without a form (e.g. the unavailable page): that answer stands for the post. */
    static final class NoFormPage extends RuntimeException {
        final transient HttpResponse<String> page;

        NoFormPage(HttpResponse<String> page) {
            super("no form on " + page.uri() + " (" + page.statusCode() + ")");
            this.page = page;
        }
    }
}
