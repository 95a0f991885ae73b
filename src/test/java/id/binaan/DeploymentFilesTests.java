package id.binaan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The compose file parses and runs what the README promises, also where no Docker engine runs. */
class DeploymentFilesTests {

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsPostgresAndTheAppWithHealthChecksRestartsAndAVolume() throws IOException {
        Map<String, Object> compose;
        try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
            compose = new Yaml().load(reader);
        }
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertThat(services).containsKeys("postgres", "app");

        Map<String, Object> postgres = (Map<String, Object>) services.get("postgres");
        assertThat(((Map<String, Object>) postgres.get("environment")).get("POSTGRES_DB")).isEqualTo("binaan");
        assertThat(postgres).containsKeys("healthcheck", "volumes").containsEntry("restart", "unless-stopped");

        Map<String, Object> app = (Map<String, Object>) services.get("app");
        assertThat(app).containsEntry("build", ".").containsEntry("restart", "unless-stopped")
                .as("longer than spring.lifecycle.timeout-per-shutdown-phase").containsEntry("stop_grace_period", "30s");
        assertThat(((Map<String, Object>) app.get("environment")).get("BINAAN_DB_URL"))
                .isEqualTo("jdbc:postgresql://postgres:5432/binaan");
        assertThat((Map<String, Object>) compose.get("volumes")).containsKey("binaan-db");
        assertThat(((Map<String, Object>) postgres.get("environment")).get("POSTGRES_USER"))
                .as("the image's superuser owns the tables; the application is another, plain role")
                .isNotEqualTo(((Map<String, Object>) app.get("environment")).get("BINAAN_DB_USER"));
        assertThat(Files.readString(Path.of("docker/initdb/10-application-role.sh")))
                .contains("nosuperuser").contains("nobypassrls");
        assertThat(Files.readString(Path.of("Dockerfile"))).contains("HEALTHCHECK").contains("USER binaan");
    }

    @Test
    void theEnvExampleNamesEverySettingTheComposeFileReads() throws IOException {
        String example = Files.readString(Path.of(".env.example"));
        assertThat(example).contains("BINAAN_DB_PASSWORD=", "BINAAN_OWNER_PASSWORD=", "BINAAN_ADMIN_PASSWORD=",
                "SERVER_SERVLET_SESSION_COOKIE_SECURE=true");
    }
}
