package id.binaan.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands the {@link Scope} of the work that borrows a connection to PostgreSQL, for the row-level security
 * policies (V2026.11.30.52): each borrowed connection carries the settings {@code binaan.read},
 * {@code binaan.write} and {@code binaan.facility} of the borrowing work. A connection already carrying the same
 * scope is handed over as it is (no round trip); a pooled connection keeps its settings between borrows, and every
 * borrow by another scope sets them anew, so no work ever runs with another's scope.
 */
public class ScopedDataSource extends DelegatingDataSource {

    private static final String SET = "select set_config('binaan.read', ?, false), set_config('binaan.write', ?, false), "
            + "set_config('binaan.facility', ?, false)";

    /** The scope each physical connection was last given, by identity; forgotten with the connection. */
    private final Map<Object, String> given = Collections.synchronizedMap(new WeakHashMap<>());

    public ScopedDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return scoped(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return scoped(super.getConnection(username, password));
    }

    private Connection scoped(Connection connection) throws SQLException {
        String[] settings = Scope.current().settings();
        String key = String.join("|", settings);
        Object physical = physical(connection);
        if (key.equals(given.get(physical))) {
            return connection;
        }
        try {
            try (PreparedStatement set = connection.prepareStatement(SET)) {
                set.setString(1, settings[0]);
                set.setString(2, settings[1]);
                set.setString(3, settings[2]);
                set.execute();
            }
            // Session-level settings made inside a transaction would be undone by its rollback: settle them now.
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            given.put(physical, key);
            return connection;
        } catch (SQLException | RuntimeException e) {
            given.remove(physical);
            connection.close();
            throw e;
        }
    }

    private static Object physical(Connection connection) throws SQLException {
        try {
            return connection.unwrap(org.postgresql.core.BaseConnection.class);
        } catch (SQLException notPostgres) {
            return connection;
        }
    }

    /**
     * The pool itself for those who ask for it by type (Boot derives the migration's own DataSource from it, and
     * reads its metrics); connections are only handed out scoped, through this class.
     */
    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        DataSource target = obtainTargetDataSource();
        if (type.isInstance(target)) {
            return type.cast(target);
        }
        return super.unwrap(type);
    }

    @Override
    public String toString() {
        return "ScopedDataSource" + Arrays.asList(getTargetDataSource());
    }
}
