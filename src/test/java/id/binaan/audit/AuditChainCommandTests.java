package id.binaan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import id.binaan.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The command-line check an administrator runs against the database: exit code and the event it names. */
@SpringBootTest
class AuditChainCommandTests {

    @Autowired
    AuditLog auditLog;
    /** As the tables' owner: these tests tamper with the log behind the application's back. */
    JdbcTemplate jdbc = TestDatabase.get().owner();

    @Test
    void anIntactChainExitsZeroAndATamperedOneExitsOneNamingTheFirstBrokenEvent() {
        String actor = "uji-" + UUID.randomUUID().toString().substring(0, 8);
        auditLog.record(actor, "TEST_EVENT", "Inmate", 7, "asli");
        auditLog.record(actor, "TEST_EVENT", "Inmate", 8, "berikutnya");
        Long id = jdbc.queryForObject("select min(id) from audit_event where actor = ?", Long.class, actor);
        long events = jdbc.queryForObject("select count(*) from audit_event", Long.class);

        Run intact = run();
        assertThat(intact.exitCode()).isZero();
        assertThat(intact.output()).contains("Log audit utuh").contains(String.valueOf(events));

        tamper(id, "palsu");
        try {
            Run broken = run();
            assertThat(broken.exitCode()).isEqualTo(1);
            assertThat(broken.output()).contains("terputus di peristiwa #" + id + ".").contains(actor).contains("TEST_EVENT");

            Run english = run("--lang=en");
            assertThat(english.exitCode()).isEqualTo(1);
            assertThat(english.output()).contains("#" + id).doesNotContain("terputus");
        } finally {
            tamper(id, "asli");
        }
        assertThat(run().exitCode()).isZero();
    }

    @Test
    void anUnreachableDatabaseExitsTwoWithAMessage() {
        Run run = capture(new String[] {AuditChainCommand.FLAG, "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/tidak_ada",
                "--spring.datasource.hikari.connection-timeout=2000"});
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("tidak dapat diperiksa").doesNotContain("\tat ");
    }

    record Run(int exitCode, String output) {
    }

    private static Run run(String... extra) {
        TestDatabase db = TestDatabase.get();
        String[] args = new String[] {AuditChainCommand.FLAG, "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password()};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        return capture(all);
    }

    private static Run capture(String[] args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = AuditChainCommand.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(code, bytes.toString(StandardCharsets.UTF_8));
    }

    /** As the owner of the table (the test connection), past the trigger that refuses changes. */
    private void tamper(Long id, String details) {
        jdbc.execute("alter table audit_event disable trigger audit_event_append_only");
        try {
            jdbc.update("update audit_event set details = ? where id = ?", details, id);
        } finally {
            jdbc.execute("alter table audit_event enable trigger audit_event_append_only");
        }
    }
}
