package id.binaan.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import id.binaan.browser.BrowserTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stopping Binaan (SIGTERM closes the application context the same way) while an administrator downloads
 * a large CSV export over a slow line: the export completes, new requests are refused meanwhile, and the
 * application is gone within 30 seconds.
 */
class GracefulShutdownTests {

    private static final int EXTRA_ENROLLMENTS = 100_000;

    private final OpsDatabases databases = new OpsDatabases();

    @AfterEach
    void dropDatabases() {
        databases.dropAll();
    }

    @Test
    void aRunningExportFinishesNewRequestsAreRefusedAndTheAppStopsWithin30Seconds() throws Exception {
        String database = databases.create("shutdown");
        ConfigurableApplicationContext app = databases.start(database, "spring.profiles.active=demo",
                "binaan.demo.password=" + BrowserTest.DEMO_PASSWORD);
        JdbcTemplate jdbc = databases.jdbc(database);
        try {
            jdbc.update("""
                    insert into inmate (facility_id, registration_number, full_name, sex, legal_status, education,
                                        cell_block, admission_date, expected_release_date)
                    select 1, 'B.I ' || g || '/1950', 'Warga Ekspor ' || g, 'MALE', 'NARAPIDANA', 'SD', 'Blok E',
                           date '2025-01-01', date '2030-01-01'
                    from generate_series(1, ?) g""", EXTRA_ENROLLMENTS);
            jdbc.update("""
                    insert into enrollment (program_id, inmate_id, status, requested_at, enrolled_on, activated_on, created_by)
                    select (select id from program where title = 'Barista Kopi Pangkep'), i.id, 'ACTIVE', now(),
                           current_date, current_date, 'test'
                    from inmate i where i.registration_number like 'B.I %/1950'""");
            long expectedRows = jdbc.queryForObject("select count(*) from enrollment", Long.class);
            int port = BackupRestoreTests.port(app);

            WebUser admin = new WebUser(port);
            admin.login("admin", BrowserTest.DEMO_PASSWORD);
            HttpResponse<InputStream> export = admin.stream("/reports/enrollments.csv");
            assertThat(export.statusCode()).isEqualTo(200);
            InputStream body = export.body();
            byte[] start = body.readNBytes(4096);
            assertThat(new String(start, StandardCharsets.UTF_8)).startsWith("registration_number,inmate_name");

            long stopping = System.nanoTime();
            CompletableFuture<Void> stopped = CompletableFuture.runAsync(app::close);
            Thread.sleep(2000);
            assertThat(stopped).as("the application waits for the running export").isNotDone();
            assertThat(refused(port)).as("a new request while stopping is refused").isTrue();

            List<CSVRecord> rows;
            try (Reader rest = new InputStreamReader(new java.io.SequenceInputStream(
                    new java.io.ByteArrayInputStream(start), body), StandardCharsets.UTF_8)) {
                rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(rest).getRecords();
            }
            assertThat(rows).as("every enrollment in the export").hasSize((int) expectedRows);
            assertThat(rows.get(rows.size() - 1).size()).as("the last row is complete").isEqualTo(15);

            stopped.get(30, TimeUnit.SECONDS);
            assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(30));
            assertThat(app.isActive()).isFalse();
            assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ENROLLMENT_REPORT_EXPORTED'"
                    + " and details like ?", Long.class, "%rows=" + expectedRows))
                    .as("the finished export was recorded before the database pool closed").isEqualTo(1);
        } finally {
            app.close();
        }
    }

    @Test
    void anExportSlowerThanTheGracePeriodIsCutAndTheAuditLogSaysSo() throws Exception {
        String database = databases.create("shutdown_cut");
        ConfigurableApplicationContext app = databases.start(database, "spring.profiles.active=demo",
                "binaan.demo.password=" + BrowserTest.DEMO_PASSWORD, "spring.lifecycle.timeout-per-shutdown-phase=3s");
        JdbcTemplate jdbc = databases.jdbc(database);
        try {
            jdbc.update("""
                    insert into inmate (facility_id, registration_number, full_name, sex, legal_status, education,
                                        cell_block, admission_date, expected_release_date)
                    select 1, 'B.I ' || g || '/1951', 'Warga Potong ' || g, 'MALE', 'NARAPIDANA', 'SD', 'Blok E',
                           date '2025-01-01', date '2030-01-01'
                    from generate_series(1, ?) g""", EXTRA_ENROLLMENTS);
            jdbc.update("""
                    insert into enrollment (program_id, inmate_id, status, requested_at, enrolled_on, activated_on, created_by)
                    select (select id from program where title = 'Barista Kopi Pangkep'), i.id, 'ACTIVE', now(),
                           current_date, current_date, 'test'
                    from inmate i where i.registration_number like 'B.I %/1951'""");
            long expectedRows = jdbc.queryForObject("select count(*) from enrollment", Long.class);
            int port = BackupRestoreTests.port(app);

            WebUser admin = new WebUser(port);
            admin.login("admin", BrowserTest.DEMO_PASSWORD);
            HttpResponse<InputStream> export = admin.stream("/reports/enrollments.csv");
            assertThat(export.statusCode()).isEqualTo(200);
            InputStream body = export.body();
            byte[] start = body.readNBytes(4096);

            // the client stops reading: the export cannot finish within the three seconds' grace
            long stopping = System.nanoTime();
            CompletableFuture.runAsync(app::close).get(40, TimeUnit.SECONDS);
            assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(30));

            assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ENROLLMENT_REPORT_CUT'"
                    + " and actor = 'admin' and details like '%rows=%(cut: the application was stopping)'", Long.class))
                    .as("the cut export is in the audit log").isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ENROLLMENT_REPORT_EXPORTED'",
                    Long.class)).as("and not recorded as exported").isZero();

            long rows;
            try (Reader rest = new InputStreamReader(new java.io.SequenceInputStream(
                    new java.io.ByteArrayInputStream(start), body), StandardCharsets.UTF_8)) {
                rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(rest).stream().count();
            } catch (IOException | java.io.UncheckedIOException e) {
                rows = -1;
            }
            assertThat(rows).as("the download does not pass for a whole export").isLessThan(expectedRows);
        } finally {
            app.close();
        }
    }

    /** A new connection is refused at once, or answered 503: either way no page is served, and nobody waits. */
    private static boolean refused(int port) throws InterruptedException {
        HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        try {
            HttpResponse<String> response = fresh.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 503;
        } catch (java.net.ConnectException e) {
            return true;
        } catch (IOException e) {
            throw new AssertionError("a new request while stopping was neither refused nor answered", e);
        }
    }
}
