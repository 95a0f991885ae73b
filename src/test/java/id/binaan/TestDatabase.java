package id.binaan;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL database of one test run, made once per JVM and dropped at its end:
 * <ol>
 * <li>{@code TEST_DB_URL} set (CI, or any running server): a fresh database on that server;</li>
 * <li>otherwise, where Docker runs: a Testcontainers PostgreSQL;</li>
 * <li>otherwise: an embedded PostgreSQL (zonky), which needs neither Docker nor a server.</li>
 * </ol>
 */
public final class TestDatabase {

    private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?$");
    private static TestDatabase instance;

    private final String url;
    private final String username;
    private final String password;
    private final String description;

    private TestDatabase(String url, String username, String password, String description) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.description = description;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = create();
            instance.ensureAppRole();
            // a test's own code (fixtures, services called directly) works as staff of the first facility, also in
            // tests that start the application themselves rather than through a test context
            id.binaan.shared.Scope.useFallback(id.binaan.shared.Scope.facility(FACILITY));
            System.out.println("Test database: " + instance.description);
        }
        return instance;
    }

    public String url() {
        return url;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    /**
     * The plain role the application connects as in tests: neither a superuser nor the tables' owner, so that
     * privileges and row-level security apply to it exactly as in a real deployment (the migrations run as
     * {@link #username()}, the owner). Made once per server; each test database grants it its rights.
     */
    private org.springframework.jdbc.core.JdbcTemplate owner;

    /**
     * Statements as the tables' owner (the role that runs the migrations), for what a test does behind the
     * application's back: tampering with the audit log, reading every facility's rows. Row-level security does not
     * apply to it.
     */
    public synchronized org.springframework.jdbc.core.JdbcTemplate owner() {
        if (owner == null) {
            owner = new org.springframework.jdbc.core.JdbcTemplate(
                    new org.springframework.jdbc.datasource.DriverManagerDataSource(url, username, password));
        }
        return owner;
    }

    /** The facility every test database is made with (from the settings), and test code works in. */
    public static final long FACILITY = 1;

    public static final String APP_ROLE = "binaan_test_app";

    public String appUsername() {
        return APP_ROLE;
    }

    public String appPassword() {
        return APP_ROLE;
    }

    private void ensureAppRole() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + APP_ROLE + "') then "
                    + "create role " + APP_ROLE + " login nosuperuser nocreatedb nocreaterole nobypassrls password '"
                    + APP_ROLE + "'; end if; end $$");
        } catch (SQLException e) {
            // two test runs on one server may make it at the same moment: the other one did
            if (!"23505".equals(e.getSQLState()) && !"42710".equals(e.getSQLState())) {
                throw new IllegalStateException("Could not make the role " + APP_ROLE, e);
            }
        }
    }

    private static TestDatabase create() {
        String server = System.getenv("TEST_DB_URL");
        if (server != null && !server.isBlank()) {
            return onServer(server.strip(), env("TEST_DB_USER", "postgres"), env("TEST_DB_PASSWORD", ""));
        }
        if (dockerAvailable()) {
            return inContainer();
        }
        return embedded();
    }

    private static TestDatabase onServer(String serverUrl, String user, String password) {
        Matcher matcher = JDBC_URL.matcher(serverUrl);
        if (!matcher.matches()) {
            throw new IllegalStateException("TEST_DB_URL must look like jdbc:postgresql://host:port/database, not " + serverUrl);
        }
        String name = "binaan_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        execute(serverUrl, user, password, "create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> execute(serverUrl, user, password, "drop database if exists " + name + " with (force)")));
        String url = matcher.group(1) + name + (matcher.group(3) == null ? "" : matcher.group(3));
        return new TestDatabase(url, user, password, "database " + name + " on " + matcher.group(1));
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource")
    private static TestDatabase inContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                "Testcontainers PostgreSQL " + container.getJdbcUrl());
    }

    private static TestDatabase embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (Exception ignored) {
                    // the JVM is ending; the temporary cluster goes with it
                }
            }));
            // Not postgres.getJdbcUrl(…): it puts ?user=postgres in the URL, which the driver prefers to the user it is
            // given, so every role a test connects as (the application's plain role included) was the superuser.
            return new TestDatabase("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "",
                    "embedded PostgreSQL on port " + postgres.getPort());
        } catch (Exception e) {
            throw new IllegalStateException("Could not start an embedded PostgreSQL; set TEST_DB_URL to use a running server", e);
        }
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + url, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
