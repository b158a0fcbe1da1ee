package io.rightsflow.measurement;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A forward-only walk over rows that a {@link MeasurementReader} opened: {@link #next()} moves to
 * the next row, the subclass's getters read the current one. Close it to free its statement.
 */
abstract sealed class RowCursor implements AutoCloseable
        permits MeasurementCursor, SleepNightCursor, ScreenshotCursor {

    private final PreparedStatement statement;
    final ResultSet rows;

    /** Runs the prepared query; the statement is closed again when that fails. */
    RowCursor(PreparedStatement statement) throws SQLException {
        this.statement = statement;
        try {
            this.rows = statement.executeQuery();
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** Moves to the next row; false once every row has been read. */
    public final boolean next() throws SQLException {
        return rows.next();
    }

    /** Closes the statement, and with it its result. */
    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
