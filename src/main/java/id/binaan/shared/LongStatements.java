package id.binaan.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The application's connections give a statement 5 seconds ({@code statement_timeout}) and a read 6 seconds (the
 * driver's {@code socketTimeout}), so that a frozen database or a runaway query gives a clear answer quickly. The
 * few statements that are long by nature (the CSV export's {@code COPY}, the audit chain's check) ask for more here,
 * for the current transaction only: {@code SET LOCAL} ends with it, and the pool puts the read limit back when the
 * connection returns.
 */
@Component
public class LongStatements {

    private final DataSource dataSource;

    LongStatements(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Within the current transaction, statements may run for {@code limit}; reads wait a little longer. */
    public void allow(Duration limit) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A longer statement limit applies to a transaction; none is active");
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Statement sql = connection.createStatement()) {
            sql.execute("set local statement_timeout = " + limit.toMillis());
            connection.setNetworkTimeout(Runnable::run, Math.toIntExact(limit.plusSeconds(10).toMillis()));
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not raise the statement limit", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
