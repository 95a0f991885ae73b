package id.binaan;

import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;

/**
 * The README's run command ({@code ./mvnw spring-boot:test-run}): Binaan with the demo data.
 * When no database is configured, it starts a PostgreSQL of its own that keeps its data in
 * {@code .binaan/postgres}. This lives with the tests so that the production jar carries no
 * embedded server.
 */
public class TestBinaanApplication {

    private static final int DEV_PORT = 15432;

    public static void main(String[] args) throws Exception {
        if (!databaseConfigured()) {
            Path dataDirectory = Path.of(".binaan", "postgres").toAbsolutePath();
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(DEV_PORT)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (Exception ignored) {
                    // shutting down anyway
                }
            }));
            // without ?user= in the URL (as getJdbcUrl would add): the driver would prefer it to the configured user
            System.setProperty("spring.datasource.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
            // the migrations run as the cluster's owner, the application as a plain role (row-level security applies
            // to it, as in every deployment the README describes)
            try (java.sql.Connection owner = java.sql.DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "");
                 java.sql.Statement sql = owner.createStatement()) {
                sql.execute("do $$ begin if not exists (select from pg_roles where rolname = 'binaan') then "
                        + "create role binaan login password 'binaan' nosuperuser nobypassrls; end if; end $$");
            }
            System.setProperty("spring.flyway.user", "postgres");
            System.setProperty("spring.flyway.password", "");
            System.setProperty("spring.datasource.username", "binaan");
            System.setProperty("spring.datasource.password", "binaan");
        }
        SpringApplication.from(BinaanApplication::main).withAdditionalProfiles("demo").run(args);
    }

    private static boolean databaseConfigured() {
        return isSet("BINAAN_DB_URL") || isSet("SPRING_DATASOURCE_URL") || System.getProperty("spring.datasource.url") != null;
    }

    private static boolean isSet(String variable) {
        String value = System.getenv(variable);
        return value != null && !value.isBlank();
    }
}
