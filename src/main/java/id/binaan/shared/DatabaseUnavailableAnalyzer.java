package id.binaan.shared;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns "cannot reach the database" at start-up into one readable report naming the URL,
 * instead of a page of stack trace.
 */
class DatabaseUnavailableAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    DatabaseUnavailableAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String state = cause.getSQLState();
        boolean connectionProblem = state != null && (state.startsWith("08") || state.startsWith("28") || state.equals("3D000"));
        if (!connectionProblem) {
            return null;
        }
        String url = environment.getProperty("spring.datasource.url", "(not set)");
        return new FailureAnalysis(
                "Binaan could not connect to the database at " + url + ": " + cause.getMessage(),
                "Start PostgreSQL there, or point Binaan at another server with BINAAN_DB_URL, "
                        + "BINAAN_DB_USER and BINAAN_DB_PASSWORD (see README.md, \"Configuration\").",
                cause);
    }
}
