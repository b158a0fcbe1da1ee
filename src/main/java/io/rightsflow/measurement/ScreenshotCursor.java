package io.rightsflow.measurement;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** The screenshots a profile's home cameras stored (their list, not the images), oldest first. */
public final class ScreenshotCursor extends RowCursor {

    ScreenshotCursor(PreparedStatement statement) throws SQLException {
        super(statement);
    }

    public OffsetDateTime takenAt() throws SQLException {
        return rows.getObject(1, OffsetDateTime.class);
    }

    public String deviceId() throws SQLException {
        return rows.getString(2);
    }

    public String fileName() throws SQLException {
        return rows.getString(3);
    }

    public long sizeBytes() throws SQLException {
        return rows.getLong(4);
    }
}
