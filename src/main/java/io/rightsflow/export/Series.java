package io.rightsflow.export;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import io.rightsflow.measurement.MeasurementCursor;
import io.rightsflow.measurement.MeasurementFeed;
import io.rightsflow.measurement.MeasurementReader;

/**
 * Several feeds read as one time-ordered sequence, straight from the database cursors: each
 * feed is ordered by its index, and the earliest head is taken next, so nothing is sorted or
 * held in memory beyond one row per feed.
 */
final class Series implements AutoCloseable {

    private final List<MeasurementFeed> feeds;
    private final MeasurementCursor[] cursors;
    private final OffsetDateTime[] heads;
    private int current = -1;

    Series(MeasurementReader reader, String profileId, List<MeasurementFeed> feeds) throws SQLException {
        this.feeds = feeds;
        this.cursors = new MeasurementCursor[feeds.size()];
        this.heads = new OffsetDateTime[feeds.size()];
        try {
            for (int i = 0; i < feeds.size(); i++) {
                cursors[i] = reader.measurements(profileId, feeds.get(i));
                advance(i);
            }
        } catch (SQLException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Moves to the next row in time; false when every feed is exhausted. */
    boolean next() throws SQLException {
        if (current >= 0) {
            advance(current);
        }
        current = -1;
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] != null && (current < 0 || heads[i].isBefore(heads[current]))) {
                current = i;
            }
        }
        return current >= 0;
    }

    String category() {
        return feeds.get(current).category();
    }

    OffsetDateTime takenAt() {
        return heads[current];
    }

    Double value() throws SQLException {
        return cursors[current].value();
    }

    Double systolic() throws SQLException {
        return cursors[current].systolic();
    }

    Double diastolic() throws SQLException {
        return cursors[current].diastolic();
    }

    String comment() throws SQLException {
        return cursors[current].comment();
    }

    private void advance(int i) throws SQLException {
        heads[i] = cursors[i].next() ? cursors[i].takenAt() : null;
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (MeasurementCursor cursor : cursors) {
            if (cursor == null) {
                continue;
            }
            try {
                cursor.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
