package id.binaan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import id.binaan.BinaanApplication;
import id.binaan.HttpUser;
import id.binaan.TestDatabase;
import id.binaan.account.Accounts;
import id.binaan.account.Role;
import id.binaan.account.TestUsers;
import id.binaan.partner.Partners;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application's database role cannot update, delete or truncate audit events: a privilege, not only
 * the trigger. Checked with a plain (non-superuser) role, since superusers bypass privileges; the
 * application runs as that role while the test's own (owner) role runs the migrations.
 */
class AuditPrivilegeTests {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    String role;
    String password;

    @BeforeEach
    void createPlainRole() throws SQLException {
        role = "binaan_app_" + UUID.randomUUID().toString().substring(0, 8);
        password = UUID.randomUUID().toString();
        try (Connection owner = TestDatabase.get().connect(); Statement sql = owner.createStatement()) {
            sql.execute("create role " + role + " login nosuperuser nocreatedb nocreaterole password '" + password + "'");
        }
    }

    @AfterEach
    void dropRole() throws SQLException {
        try (Connection owner = TestDatabase.get().connect(); Statement sql = owner.createStatement()) {
            sql.execute("drop owned by " + role);
            sql.execute("drop role " + role);
        }
    }

    @Test
    void theApplicationRunsAsAPlainRoleThatMayAppendAuditEventsButNeverChangeThem() throws Exception {
        TestDatabase db = TestDatabase.get();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BinaanApplication.class).run(
                "--server.port=0", "--spring.main.banner-mode=off", "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + role, "--spring.datasource.password=" + password,
                "--spring.flyway.user=" + db.username(), "--spring.flyway.password=" + db.password())) {
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            String staff = new TestUsers(app.getBean(Accounts.class), app.getBean(Partners.class)).create(Role.STAFF);
            HttpUser user = new HttpUser();
            HttpUser.Page login = user.logIn(base, staff, TestUsers.PASSWORD);
            assertThat(login.status()).isEqualTo(302);
            assertThat(login.location()).doesNotContain("/login");
            assertThat(user.get(base, "/inmates").status()).isEqualTo(200);
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("select current_user", String.class))
                    .as("the application connects as the plain role it was given, whatever the test database's URL says")
                    .isEqualTo(role);
            assertThat(app.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from audit_event where actor = ? and action = 'LOGIN_SUCCEEDED'", Integer.class, staff))
                    .as("the login was recorded by the application's role").isEqualTo(1);
        }

        try (Connection asApp = DriverManager.getConnection(db.url(), role, password); Statement sql = asApp.createStatement()) {
            try (var who = sql.executeQuery("select current_user")) {
                who.next();
                assertThat(who.getString(1)).isEqualTo(role);
            }
            sql.execute("insert into audit_event (actor, action, details) values ('uji-hak', 'TEST_EVENT', 'asli')");
            sql.execute("update user_account set full_name = full_name where id = -1");

            assertRefused(sql, "update audit_event set details = 'palsu' where actor = 'uji-hak'");
            assertRefused(sql, "delete from audit_event where actor = 'uji-hak'");
            assertRefused(sql, "truncate audit_event");
            assertRefused(sql, "alter table audit_event disable trigger audit_event_append_only");
            assertRefused(sql, "delete from flyway_schema_history");
        }
    }

    private static void assertRefused(Statement sql, String statement) {
        assertThatThrownBy(() -> sql.execute(statement))
                .as(statement)
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState())
                        .as(statement + ": " + e.getMessage()).isEqualTo(INSUFFICIENT_PRIVILEGE));
    }
}
