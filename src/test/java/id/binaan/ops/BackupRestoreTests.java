package id.binaan.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import id.binaan.browser.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The README's backup and restore, with the real scripts: demo data and attendance recorded through the
 * app → scripts/backup.sh → scripts/restore.sh into a fresh database → Binaan started on it shows the same.
 */
class BackupRestoreTests {

    private static final String PASSWORD = BrowserTest.DEMO_PASSWORD;
    private static final String[] TABLES = {"inmate", "enrollment", "attendance", "audit_event", "program_session",
            "user_account", "partner"};

    private final OpsDatabases databases = new OpsDatabases();

    @TempDir
    Path backups;

    @AfterEach
    void dropDatabases() {
        databases.dropAll();
    }

    @Test
    void aBackupRestoredIntoAFreshDatabaseShowsTheSameRecords() throws Exception {
        OpsDatabases.requireTools("pg_dump", "pg_restore", "psql");
        String source = databases.create("source");
        Map<String, String> seen;
        try (ConfigurableApplicationContext app = databases.start(source, "spring.profiles.active=demo",
                "binaan.demo.password=" + PASSWORD)) {
            WebUser liaison = new WebUser(port(app));
            liaison.login("bpvp", PASSWORD);
            Long today = databases.jdbc(source).queryForObject("""
                    select s.id from program_session s join program p on p.id = s.program_id
                    where p.title = 'Barista Kopi Pangkep' and s.session_date = (now() at time zone 'Asia/Makassar')::date""", Long.class);
            assertThat(liaison.post("/sessions/" + today, "/sessions/" + today + "/all-present", Map.of())
                    .statusCode()).isEqualTo(302);
            seen = whatAnAdminSees(new WebUser(port(app)), databases.jdbc(source), today);
        }
        assertThat(seen.get("attendance")).as("attendance recorded before the backup").contains("Hadir");
        Map<String, String> counts = counts(databases.jdbc(source));
        assertThat(Long.parseLong(counts.get("attendance"))).isPositive();

        Path old = backups.resolve("binaan-2026-01-01T000000Z.dump");
        Path recent = backups.resolve("binaan-2026-11-20T000000Z.dump");
        Files.writeString(old, "an old backup");
        Files.writeString(recent, "a recent backup");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(31, ChronoUnit.DAYS)));
        Files.setLastModifiedTime(recent, FileTime.from(Instant.now().minus(29, ChronoUnit.DAYS)));

        Map<String, String> environment = new HashMap<>(databases.libpq(source));
        environment.put("BACKUP_DIR", backups.toString());
        environment.put("KEEP_DAYS", "30");
        OpsDatabases.Result backup = OpsDatabases.run(environment, "bash", "scripts/backup.sh");
        assertThat(backup.exitCode()).as(backup.output()).isZero();
        Path file = Path.of(backup.output().strip().lines().reduce((a, b) -> b).orElseThrow());
        assertThat(file.getFileName().toString()).matches("binaan-\\d{4}-\\d{2}-\\d{2}T\\d{6}Z\\.dump");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(old).as("a backup older than KEEP_DAYS is removed").doesNotExist();
        assertThat(recent).as("a backup within KEEP_DAYS is kept").exists();
        assertThat(Files.list(backups).filter(p -> p.toString().endsWith(".partial"))).isEmpty();

        String restored = databases.create("restored");
        OpsDatabases.Result restore = OpsDatabases.run(databases.libpq(restored), "bash", "scripts/restore.sh", file.toString());
        assertThat(restore.exitCode()).as(restore.output()).isZero();
        assertThat(counts(databases.jdbc(restored))).isEqualTo(counts);

        OpsDatabases.Result again = OpsDatabases.run(databases.libpq(restored), "bash", "scripts/restore.sh", file.toString());
        assertThat(again.exitCode()).as("a second restore into the same database is refused").isEqualTo(1);
        assertThat(again.output()).contains("is not empty");
        assertThat(counts(databases.jdbc(restored))).as("the refused restore changed nothing").isEqualTo(counts);

        Long today = databases.jdbc(restored).queryForObject("""
                select s.id from program_session s join program p on p.id = s.program_id
                where p.title = 'Barista Kopi Pangkep' and s.session_date = (now() at time zone 'Asia/Makassar')::date""", Long.class);
        try (ConfigurableApplicationContext app = databases.start(restored)) {
            Map<String, String> after = whatAnAdminSees(new WebUser(port(app)), databases.jdbc(restored), today);
            // the administrator's login on the restored database is one more audit event in the chain checked
            long checked = Long.parseLong(seen.get("audit-verify").replaceFirst(".*?(\\d+) peristiwa diperiksa.*", "$1"));
            assertThat(after.remove("audit-verify")).isEqualTo(seen.remove("audit-verify")
                    .replace(checked + " peristiwa", (checked + 1) + " peristiwa"));
            assertThat(after).isEqualTo(seen);
        }
    }

    /** The pages an administrator would check after a restore, as text. */
    private static Map<String, String> whatAnAdminSees(WebUser admin, JdbcTemplate jdbc, Long session) throws Exception {
        admin.login("admin", PASSWORD);
        Long inmate = jdbc.queryForObject("select min(id) from inmate where nik is not null", Long.class);
        Long program = jdbc.queryForObject("select program_id from program_session where id = ?", Long.class, session);
        Map<String, String> pages = new HashMap<>();
        pages.put("inmates", admin.read("/inmates?size=100"));
        pages.put("inmate", admin.read("/inmates/" + inmate));
        pages.put("program", admin.read("/programs/" + program));
        pages.put("attendance", admin.read("/sessions/" + session));
        pages.put("dashboard", admin.read("/"));
        pages.put("audit-verify", admin.read("/admin/audit/verify"));
        assertThat(pages.get("audit-verify")).contains("Log audit utuh");
        return pages;
    }

    private static Map<String, String> counts(JdbcTemplate jdbc) {
        Map<String, String> counts = new HashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class).toString());
        }
        counts.put("last audit hash", jdbc.queryForObject("select hash from audit_event order by id desc limit 1", String.class));
        return counts;
    }

    static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
