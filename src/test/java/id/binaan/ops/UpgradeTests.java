package id.binaan.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import id.binaan.browser.BrowserTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Upgrading from each released schema: the checked-in dump of a release (src/test/resources/upgrade,
 * made with scripts/release-dump.sh) is loaded into a fresh database and Binaan of this commit starts on
 * it, applying whatever migrations came after the release.
 */
class UpgradeTests {

    private static final Path DUMPS = Path.of("src/test/resources/upgrade");
    private static final String PASSWORD = BrowserTest.DEMO_PASSWORD;

    private final OpsDatabases databases = new OpsDatabases();

    @AfterEach
    void dropDatabases() {
        databases.dropAll();
    }

    @Test
    void everyReleasedSchemaMigratesToTheCurrentOneWithItsDataIntact() throws Exception {
        OpsDatabases.requireTools("psql");
        List<Path> releases = releases();
        assertThat(releases).as("checked-in release dumps").isNotEmpty();
        for (Path release : releases) {
            String database = load(release);
            JdbcTemplate jdbc = databases.jdbc(database);
            Map<String, Object> before = records(jdbc);
            assertThat((Long) before.get("attendance")).as("the dump of " + release + " holds attendance").isPositive();

            try (ConfigurableApplicationContext app = databases.start(database)) {
                assertThat(records(jdbc)).as("records after upgrading from " + release).isEqualTo(before);
                assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Long.class))
                        .isZero();
                String applied = jdbc.queryForObject("""
                        select version from flyway_schema_history where version is not null
                        order by installed_rank desc limit 1""", String.class);
                assertThat(MigrationVersion.fromVersion(applied)).as("the newest migration is applied")
                        .isEqualTo(newestMigration());

                WebUser admin = new WebUser(BackupRestoreTests.port(app));
                admin.login("admin", PASSWORD);
                assertThat(admin.read("/admin/audit/verify")).contains("Log audit utuh");
                Map<String, String> inmate = jdbc.queryForMap("""
                        select id::text as id, registration_number, full_name, nik from inmate
                        where nik is not null order by id limit 1""").entrySet().stream()
                        .collect(HashMap::new, (m, e) -> m.put(e.getKey(), String.valueOf(e.getValue())), HashMap::putAll);
                assertThat(admin.read("/inmates/" + inmate.get("id"))).contains(inmate.get("registration_number"),
                        inmate.get("full_name"), inmate.get("nik"));
            }
        }
    }

    @Test
    void anEditedMigrationThatWasAlreadyAppliedStopsTheStart() throws Exception {
        OpsDatabases.requireTools("psql");
        String database = load(releases().get(releases().size() - 1));
        JdbcTemplate jdbc = databases.jdbc(database);
        jdbc.update("update flyway_schema_history set checksum = checksum + 1 where version = '2026.11.28.10'");
        long applied = jdbc.queryForObject("select count(*) from flyway_schema_history", Long.class);

        assertThatThrownBy(() -> databases.start(database).close())
                .rootCause().isInstanceOf(FlywayException.class)
                .hasMessageContaining("checksum mismatch").hasMessageContaining("2026.11.28.10");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history", Long.class))
                .as("nothing was migrated").isEqualTo(applied);
    }

    @Test
    void cleanIsRefusedWithTheApplicationsConfiguration() throws Exception {
        OpsDatabases.requireTools("psql");
        String database = load(releases().get(releases().size() - 1));
        JdbcTemplate jdbc = databases.jdbc(database);
        try (ConfigurableApplicationContext app = databases.start(database)) {
            Flyway flyway = app.getBean(Flyway.class);
            assertThatThrownBy(flyway::clean).isInstanceOf(FlywayException.class).hasMessageContaining("disabled");
        }
        assertThat(jdbc.queryForObject("select count(*) from inmate", Long.class)).as("the data is still there").isPositive();
    }

    private String load(Path dump) throws IOException, InterruptedException {
        String database = databases.create("upgrade");
        OpsDatabases.Result result = OpsDatabases.run(databases.libpq(database), "psql", "-X", "-q",
                "-v", "ON_ERROR_STOP=1", "-f", dump.toString());
        assertThat(result.exitCode()).as("loading " + dump + ": " + result.output()).isZero();
        return database;
    }

    /** What an upgrade must keep: how many of each record, and the audit chain's last link. */
    private static Map<String, Object> records(JdbcTemplate jdbc) {
        Map<String, Object> records = new HashMap<>();
        for (String table : List.of("inmate", "enrollment", "attendance", "audit_event", "program", "program_session",
                "partner", "user_account")) {
            records.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        records.put("last audit hash", jdbc.queryForObject("select hash from audit_event order by id desc limit 1", String.class));
        records.put("inmate identities", jdbc.queryForObject("""
                select md5(string_agg(concat_ws('|', id, registration_number, full_name, nik, birth_date), ',' order by id))
                from inmate""", String.class));
        return records;
    }

    private static List<Path> releases() throws IOException {
        try (Stream<Path> files = Files.list(DUMPS)) {
            return files.filter(p -> p.getFileName().toString().matches("binaan-.*\\.sql")).sorted().toList();
        }
    }

    private static MigrationVersion newestMigration() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(p -> p.getFileName().toString()).filter(name -> name.startsWith("V"))
                    .map(name -> MigrationVersion.fromVersion(name.substring(1, name.indexOf("__"))))
                    .max(Comparator.naturalOrder()).orElseThrow();
        }
    }
}
