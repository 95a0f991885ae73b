package id.binaan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class DatabaseUnavailableAnalyzerTests {

    private final MockEnvironment environment = new MockEnvironment()
            .withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/binaan");

    @Test
    void namesTheUrlAndHowToConfigureIt() {
        SQLException refused = new SQLException("Connection to db.example:5432 refused.", "08001");
        FailureAnalysis analysis = new DatabaseUnavailableAnalyzer(environment)
                .analyze(new IllegalStateException("Failed to initialize dependency 'flyway'", refused));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("jdbc:postgresql://db.example:5432/binaan").contains("refused");
        assertThat(analysis.getAction()).contains("BINAAN_DB_URL");
    }

    @Test
    void leavesOtherDatabaseErrorsAlone() {
        SQLException syntax = new SQLException("syntax error at or near \"selec\"", "42601");
        assertThat(new DatabaseUnavailableAnalyzer(environment).analyze(syntax)).isNull();
    }
}
