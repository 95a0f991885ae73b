package id.binaan.facility;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import id.binaan.TestDatabase;

/**
 * Facilities beyond the tests' own, made as the tables' owner (as an administrator of the nation would, through
 * /admin/facilities), with records of their own.
 */
public final class FacilityFixtures {

    private FacilityFixtures() {
    }

    /** A new region with a new facility in it; answers the facility's id. */
    public static long newFacility(String name, String zone) {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        try (Connection owner = TestDatabase.get().connect()) {
            long region = one(owner, "insert into region (name) values (?) returning id", "Wilayah " + code);
            return one(owner, "insert into facility (code, name, type, region_id, zone, head_name, head_nip) "
                    + "values (?, ?, 'LAPAS', ?, ?, 'Kepala Uji', '198001012005011001') returning id", code, name, region, zone);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The region of a facility. */
    public static long regionOf(long facility) {
        try (Connection owner = TestDatabase.get().connect()) {
            return one(owner, "select region_id from facility where id = ?", facility);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An active inmate of that facility, written as the owner; answers its id. */
    public static long inmateIn(long facility, String registrationNumber, String name) {
        try (Connection owner = TestDatabase.get().connect()) {
            return one(owner, """
                    insert into inmate (facility_id, registration_number, full_name, sex, legal_status, education,
                                        cell_block, admission_date, status, birth_date, expected_release_date)
                    values (?, ?, ?, 'MALE', 'NARAPIDANA', 'SMP', 'Blok A', current_date - 30, 'ACTIVE', date '1990-05-01',
                            current_date + 400) returning id""",
                    facility, registrationNumber, name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A running program of that facility with the given partner; answers its id. */
    public static long programIn(long facility, long partner, String title) {
        try (Connection owner = TestDatabase.get().connect()) {
            return one(owner, """
                    insert into program (facility_id, kind, partner_id, title, start_date, end_date, capacity, location,
                                         instructor, target_jp, status, vocation, completion_threshold_percent)
                    values (?, 'TRAINING', ?, ?, current_date - 10, current_date + 50, 10, 'Bengkel', 'Instruktur', 60,
                            'RUNNING', 'Las', 80)
                    returning id""", facility, partner, title);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A completed enrollment with a passing outcome of that inmate in that program, as the owner; answers its id. */
    public static long completedEnrollment(long program, long inmate, String certificateNumber) {
        try (Connection owner = TestDatabase.get().connect()) {
            return one(owner, """
                    insert into enrollment (program_id, inmate_id, status, requested_at, enrolled_on, activated_on,
                                            ended_on, end_reason, outcome, certificate_number, created_by)
                    values (?, ?, 'COMPLETED', now(), current_date - 60, current_date - 60, current_date - 5,
                            'COMPLETED', 'KOMPETEN', ?, 'test')
                    returning id""", program, inmate, certificateNumber);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long one(Connection connection, String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
