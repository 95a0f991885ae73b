package id.binaan.ops;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.binaan.BinaanApplication;
import id.binaan.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Databases of their own on the test server, for the operations tests: each is made empty, used by the
 * PostgreSQL tools and by applications started on it, and dropped by {@link #dropAll()}.
 */
final class OpsDatabases {

    private static final Pattern JDBC_URL = Pattern.compile("^jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]*)(\\?.*)?$");

    private final TestDatabase server = TestDatabase.get();
    private final List<String> made = new ArrayList<>();
    private final Map<String, SingleConnectionDataSource> connections = new java.util.HashMap<>();

    /** The PostgreSQL client tools on PATH, or the test is skipped with a message (a failure with CI=true). */
    static void requireTools(String... tools) {
        for (String tool : tools) {
            boolean found = false;
            for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                found |= !directory.isEmpty() && Files.isExecutable(Path.of(directory, tool));
            }
            if (!found) {
                String message = "This test runs the PostgreSQL client tool " + tool
                        + " (apt-get install -y postgresql-client-15), which is not on PATH";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    fail(message + " (CI=true, so a missing tool fails the build)");
                }
                Assumptions.abort(message);
            }
        }
    }

    String create(String purpose) {
        String name = "binaan_ops_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8);
        execute("create database " + name);
        made.add(name);
        return name;
    }

    void dropAll() {
        connections.values().forEach(SingleConnectionDataSource::destroy);
        connections.clear();
        for (String name : made) {
            execute("drop database if exists " + name + " with (force)");
        }
        made.clear();
    }

    String url(String database) {
        Matcher m = matcher();
        return "jdbc:postgresql://" + m.group(1) + (m.group(2) == null ? "" : ":" + m.group(2)) + "/" + database
                + (m.group(4) == null ? "" : m.group(4));
    }

    JdbcTemplate jdbc(String database) {
        return new JdbcTemplate(connections.computeIfAbsent(database,
                name -> new SingleConnectionDataSource(url(name), server.username(), server.password(), true)));
    }

    /** libpq's variables for the scripts and tools: this server, this database. */
    Map<String, String> libpq(String database) {
        Matcher m = matcher();
        return Map.of("PGHOST", m.group(1), "PGPORT", m.group(2) == null ? "5432" : m.group(2),
                "PGUSER", server.username(), "PGPASSWORD", server.password(), "PGDATABASE", database);
    }

    /**
     * Binaan on a random port on that database, as a separate application (not a test context), with these
     * extra properties ({@code name=value}, given as command-line arguments so that they win over the defaults).
     */
    ConfigurableApplicationContext start(String database, String... extra) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + url(database),
                "--spring.datasource.username=" + server.username(), "--spring.datasource.password=" + server.password(),
                // start, backup, shutdown: run as the server's superuser on a database of their own, where the demo
                // makes a second facility; row-level security is tested as the application's role elsewhere
                "--binaan.database.require-row-security=false"));
        for (String property : extra) {
            arguments.add("--" + property);
        }
        return new SpringApplicationBuilder(BinaanApplication.class).run(arguments.toArray(String[]::new));
    }

    /** Runs a command with these extra variables; answers its exit code and output (stdout and stderr). */
    static Result run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("Did not end within 5 minutes: " + String.join(" ", command));
        }
        return new Result(process.exitValue(), output);
    }

    record Result(int exitCode, String output) {
    }

    private Matcher matcher() {
        Matcher m = JDBC_URL.matcher(server.url());
        if (!m.matches()) {
            throw new IllegalStateException("Unexpected test database URL " + server.url());
        }
        return m;
    }

    private void execute(String sql) {
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "'", e);
        }
    }
}
