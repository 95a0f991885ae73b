package id.binaan.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import id.binaan.TestDatabase;
import id.binaan.shared.Scope;

/**
 * The second wall alone: statements that deliberately filter nothing, run through the application's own
 * connections (its plain role, neither superuser nor owner), see and change only the rows of the facilities the
 * work's scope allows, because PostgreSQL's row-level security policies say so.
 */
@SpringBootTest
class RowLevelSecurityTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Facilities facilities;

    long other;
    String number;

    @BeforeEach
    void anotherFacilityWithAnInmate() {
        other = FacilityFixtures.newFacility("Lapas Uji " + UUID.randomUUID().toString().substring(0, 6), "Asia/Jayapura");
        facilities.changed();
        number = "RLS " + UUID.randomUUID().toString().substring(0, 8);
        FacilityFixtures.inmateIn(other, number, "Warga Lain Fasilitas");
    }

    private long unfiltered() {
        return jdbc.queryForObject("select count(*) from inmate where registration_number = ?", Long.class, number);
    }

    @Test
    void theApplicationRoleIsSubjectToRowLevelSecurity() {
        assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo(TestDatabase.APP_ROLE);
        assertThat(jdbc.queryForObject("select rolsuper or rolbypassrls from pg_roles where rolname = current_user",
                Boolean.class)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from pg_tables where tableowner = current_user", Long.class))
                .as("the application's role owns no table").isZero();
    }

    @Test
    void anUnfilteredQueryOfAFacilityUserReturnsOnlyThatFacilitysRows() {
        assertThat(Scope.facility(TestDatabase.FACILITY).call(this::unfiltered)).isZero();
        assertThat(Scope.facility(other).call(this::unfiltered)).isOne();
        assertThat(Scope.facility(TestDatabase.FACILITY).call(
                () -> jdbc.queryForObject("select count(*) from inmate where facility_id = ?", Long.class, other)))
                .as("not even when asking for the other facility by name").isZero();
    }

    @Test
    void regionalAndNationalOfficersReadTheirFacilitiesAndWorkWithNoScopeSeesNothing() {
        long region = FacilityFixtures.regionOf(other);
        assertThat(Scope.region(region, List.of(other)).call(this::unfiltered)).isOne();
        assertThat(Scope.region(FacilityFixtures.regionOf(TestDatabase.FACILITY), List.of(TestDatabase.FACILITY))
                .call(this::unfiltered)).as("another region's officer").isZero();
        assertThat(Scope.national().call(this::unfiltered)).isOne();
        assertThat(Scope.NONE.call(this::unfiltered)).isZero();
        assertThat(Scope.NONE.call(() -> jdbc.queryForObject("select count(*) from inmate", Long.class))).isZero();
    }

    @Test
    void readOnlyScopesAndOtherFacilitiesChangeNothing() {
        assertThat(Scope.facility(TestDatabase.FACILITY).call(
                () -> jdbc.update("update inmate set full_name = 'Diubah' where registration_number = ?", number)))
                .isZero();
        assertThat(Scope.national().call(
                () -> jdbc.update("update inmate set full_name = 'Diubah' where registration_number = ?", number)))
                .as("a national officer reads, never changes").isZero();
        assertThatThrownBy(() -> Scope.facility(TestDatabase.FACILITY).run(() -> jdbc.update("""
                insert into inmate (facility_id, registration_number, full_name, sex, legal_status, education,
                                    cell_block, admission_date)
                values (?, 'RLS X', 'Disusupkan', 'MALE', 'TAHANAN', 'SD', 'A', current_date)""", other)))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("violates row-level security policy");
        assertThat(Scope.facility(other).call(() -> jdbc.queryForObject(
                "select full_name from inmate where registration_number = ?", String.class, number)))
                .isEqualTo("Warga Lain Fasilitas");
    }

    @Test
    void aPartnerSeesTheFacilitiesItWorksWithOnly() {
        long partner = jdbc.queryForObject("insert into partner (name, type) values (?, 'BPVP') returning id", Long.class,
                "BPVP Uji " + UUID.randomUUID().toString().substring(0, 6));
        String title = "Las RLS " + UUID.randomUUID().toString().substring(0, 6);
        FacilityFixtures.programIn(other, partner, title);
        assertThat(Scope.partner(partner).call(() -> jdbc.queryForObject(
                "select count(*) from program where title = ?", Long.class, title))).isOne();
        assertThat(Scope.partner(partner).call(this::unfiltered))
                .as("the rows of a facility the partner works with are readable to the database").isOne();
        long stranger = jdbc.queryForObject("insert into partner (name, type) values (?, 'LPK') returning id", Long.class,
                "LPK Uji " + UUID.randomUUID().toString().substring(0, 6));
        assertThat(Scope.partner(stranger).call(() -> jdbc.queryForObject(
                "select count(*) from program where title = ?", Long.class, title))).isZero();
    }
}
