package id.binaan.shared;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import id.binaan.TestDatabase;
import id.binaan.facility.FacilityFixtures;

/**
 * Binaan refuses to start as a role that escapes row-level security once it holds several facilities (the database
 * would not keep them apart), and starts as the plain application role.
 */
@SpringBootTest
class DatabaseRoleCheckTests {

    @Test
    void theOwnerIsRefusedWithSeveralFacilitiesAndThePlainRoleIsNot() {
        FacilityFixtures.newFacility("Lapas Cek Peran", "Asia/Jakarta");
        JdbcTemplate owner = TestDatabase.get().owner();
        assertThatThrownBy(() -> new DatabaseRoleCheck(owner, true).run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("row-level security").hasMessageContaining("Database roles");
        assertThatCode(() -> new DatabaseRoleCheck(owner, false).run(new DefaultApplicationArguments()))
                .as("a deployment that says it knowingly runs without the second wall starts, with a warning")
                .doesNotThrowAnyException();

        JdbcTemplate application = new JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(
                TestDatabase.get().url(), TestDatabase.get().appUsername(), TestDatabase.get().appPassword(), true));
        assertThatCode(() -> new DatabaseRoleCheck(application, true).run(new DefaultApplicationArguments()))
                .doesNotThrowAnyException();
    }
}
