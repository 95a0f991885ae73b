package id.binaan.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * Migrations are not held to the application's time limits (see {@link LongStatements}): an index built on a
 * national database takes minutes. Before migrating, Flyway's connection gets no statement or read limit; after,
 * the statement limit goes back to the connection's own (the pool restores the read limit itself).
 */
@Component
class MigrationTimeouts implements Callback {

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE || event == Event.AFTER_MIGRATE || event == Event.AFTER_MIGRATE_ERROR;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement()) {
            if (event == Event.BEFORE_MIGRATE) {
                sql.execute("set statement_timeout = 0");
                connection.setNetworkTimeout(Runnable::run, 0);
            } else {
                sql.execute("reset statement_timeout");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the migration's time limits", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "migration time limits";
    }
}
