package io.rightsflow.measurement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams what the measurement feature stores about a profile (measurements, sleep nights, camera
 * screenshots, devices) over the caller's JDBC connection, for readers of millions of rows such
 * as the export. Every cursor is forward-only and read-only and walks an index in order, so
 * nothing is sorted or held in memory; plain JDBC, so no row is kept by a persistence context.
 * Open one per connection, read, then close it.
 */
public final class MeasurementReader implements AutoCloseable {

    /** Rows fetched per round trip: large enough to stream fast, small enough to stay in a small heap. */
    public static final int FETCH_SIZE = 2_000;

    /** A device of a profile, as a reader of its measurements needs to tell it apart. */
    public record ProfileDevice(String id, boolean takesBloodPressure) {
    }

    private final Connection db;
    private final boolean h2;

    private MeasurementReader(Connection db, boolean h2) {
        this.db = db;
        this.h2 = h2;
    }

    /** A reader over this connection, which stays the caller's: closing the reader does not close it. */
    public static MeasurementReader open(Connection db) throws SQLException {
        boolean h2 = "H2".equals(db.getMetaData().getDatabaseProductName());
        if (h2) {
            lazy(db, true);
        }
        return new MeasurementReader(db, h2);
    }

    /**
     * H2 otherwise computes a whole result (millions of rows) into a temporary store before the
     * first row comes back; lazily, rows come from the index as they are read, as with a
     * PostgreSQL cursor.
     */
    private static void lazy(Connection db, boolean on) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("SET LAZY_QUERY_EXECUTION " + on);
        }
    }

    /** The profile's devices in the order they were added, each with whether its product takes blood pressure. */
    public List<ProfileDevice> devices(String profileId) throws SQLException {
        List<ProfileDevice> devices = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("select d.id, (select count(*) from catalog_product_category c"
                + " where c.product_id = d.product_id and c.category_id = 'blood-pressure')"
                + " from device d where d.profile_id = ? order by d.created_at, d.id")) {
            query.setString(1, profileId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    devices.add(new ProfileDevice(rows.getString(1), rows.getInt(2) > 0));
                }
            }
        }
        return devices;
    }

    /** The profile's measurements of the feed, oldest first. */
    public MeasurementCursor measurements(String profileId, MeasurementFeed feed) throws SQLException {
        PreparedStatement statement = db.prepareStatement(feed.sql(), ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY);
        try {
            statement.setFetchSize(FETCH_SIZE);
            statement.setString(1, profileId);
            statement.setString(2, feed.category());
            if (feed.scope() == MeasurementFeed.Scope.DEVICE) {
                statement.setString(3, feed.deviceId());
            }
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
        return new MeasurementCursor(statement);
    }

    /** The profile's sleep nights in the order they started. */
    public SleepNightCursor sleepNights(String profileId) throws SQLException {
        return new SleepNightCursor(ofProfile("select started_at, ended_at, light_s, deep_s, rem_s,"
                + " awake_s, wake_ups from sleep_night where profile_id = ? order by started_at, id", profileId));
    }

    /** The profile's camera screenshots, oldest first. */
    public ScreenshotCursor screenshots(String profileId) throws SQLException {
        return new ScreenshotCursor(ofProfile("select taken_at, device_id, file_name, size_bytes"
                + " from camera_screenshot where profile_id = ? order by taken_at, id", profileId));
    }

    private PreparedStatement ofProfile(String sql, String profileId) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        try {
            statement.setFetchSize(FETCH_SIZE);
            statement.setString(1, profileId);
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
        return statement;
    }

    /** Turns H2's lazy execution off again (it is off by default); the connection stays open. */
    @Override
    public void close() throws SQLException {
        if (h2) {
            lazy(db, false);
        }
    }
}
