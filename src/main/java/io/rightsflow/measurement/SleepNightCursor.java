package io.rightsflow.measurement;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** A profile's nights from the sleep sensors, in the order they started. */
public final class SleepNightCursor extends RowCursor {

    SleepNightCursor(PreparedStatement statement) throws SQLException {
        super(statement);
    }

    public OffsetDateTime startedAt() throws SQLException {
        return rows.getObject(1, OffsetDateTime.class);
    }

    public OffsetDateTime endedAt() throws SQLException {
        return rows.getObject(2, OffsetDateTime.class);
    }

    public long lightSeconds() throws SQLException {
        return rows.getLong(3);
    }

    public long deepSeconds() throws SQLException {
        return rows.getLong(4);
    }

    public long remSeconds() throws SQLException {
        return rows.getLong(5);
    }

    public long awakeSeconds() throws SQLException {
        return rows.getLong(6);
    }

    public long wakeUps() throws SQLException {
        return rows.getLong(7);
    }
}
