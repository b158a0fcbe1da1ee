package io.rightsflow.measurement;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * The measurements of one {@link MeasurementFeed}, oldest first, each as stored (in the base unit
 * of its quantity).
 */
public final class MeasurementCursor extends RowCursor {

    MeasurementCursor(PreparedStatement statement) throws SQLException {
        super(statement);
    }

    public OffsetDateTime takenAt() throws SQLException {
        return rows.getObject(1, OffsetDateTime.class);
    }

    /** The value in the base unit; null for blood pressure, which has {@link #systolic()} and {@link #diastolic()}. */
    public Double value() throws SQLException {
        return number(2);
    }

    public Double systolic() throws SQLException {
        return number(3);
    }

    public Double diastolic() throws SQLException {
        return number(4);
    }

    public String comment() throws SQLException {
        return rows.getString(5);
    }

    private Double number(int column) throws SQLException {
        double v = rows.getDouble(column);
        return rows.wasNull() ? null : v;
    }
}
