package io.rightsflow.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Several feeds read as one time-ordered sequence, straight from the database cursors: each
 * feed is ordered by its index, and the earliest head is taken next, so nothing is sorted or
 * held in memory beyond one row per feed.
 */
final class Series implements AutoCloseable {

    /** Rows fetched per round trip: large enough to stream fast, small enough to stay in a small heap. */
    static final int FETCH_SIZE = 2_000;

    private final List<Feed> feeds;
    private final List<PreparedStatement> statements = new ArrayList<>();
    private final ResultSet[] cursors;
    private final OffsetDateTime[] heads;
    private int current = -1;

    Series(Connection db, String profileId, List<Feed> feeds) throws SQLException {
        this.feeds = feeds;
        this.cursors = new ResultSet[feeds.size()];
        this.heads = new OffsetDateTime[feeds.size()];
        try {
            for (int i = 0; i < feeds.size(); i++) {
                cursors[i] = open(db, profileId, feeds.get(i));
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
        return number(2);
    }

    Double systolic() throws SQLException {
        return number(3);
    }

    Double diastolic() throws SQLException {
        return number(4);
    }

    String comment() throws SQLException {
        return cursors[current].getString(5);
    }

    private Double number(int column) throws SQLException {
        double v = cursors[current].getDouble(column);
        return cursors[current].wasNull() ? null : v;
    }

    private PreparedStatement prepare(Connection db, String sql) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statements.add(statement);
        statement.setFetchSize(FETCH_SIZE);
        return statement;
    }

    private ResultSet open(Connection db, String profileId, Feed feed) throws SQLException {
        PreparedStatement statement = prepare(db, feed.sql());
        statement.setString(1, profileId);
        statement.setString(2, feed.category());
        if (feed.scope() == Feed.Scope.DEVICE) {
            statement.setString(3, feed.deviceId());
        }
        return statement.executeQuery();
    }

    private void advance(int i) throws SQLException {
        heads[i] = cursors[i].next() ? cursors[i].getObject(1, OffsetDateTime.class) : null;
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement statement : statements) {
            try {
                statement.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
