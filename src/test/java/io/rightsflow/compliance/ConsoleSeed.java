package io.rightsflow.compliance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;

/**
 * Requests with known dates and outcomes for the console's tests, written straight into the table
 * (as ReportTest does) in periods no other test files in; filed by {@value #FILED_BY}. Every test class
 * that seeds calls {@link #removeSeeded()} in an {@code @AfterEach}, so its rows go also when a test fails.
 */
final class ConsoleSeed {

    static final String FILED_BY = "subject:console-seed";

    private final AgroalDataSource db;

    private final List<String> seeded = new ArrayList<>();

    ConsoleSeed(AgroalDataSource db) {
        this.db = db;
    }

    /** Returns the new request's id; {@code completed} and {@code ticket} may be null. */
    String request(String type, String status, String channel, Instant received, Instant due, Instant completed,
            String ticket) throws Exception {
        String id = UUID.randomUUID().toString();
        try (var connection = db.getConnection(); var statement = connection.prepareStatement(
                "insert into data_request (id, type, status, channel, filed_by, received_at, due_at, completed_at, "
                        + "ticket) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, id);
            statement.setString(2, type);
            statement.setString(3, status);
            statement.setString(4, channel);
            statement.setString(5, FILED_BY);
            statement.setTimestamp(6, Timestamp.from(received));
            statement.setTimestamp(7, Timestamp.from(due));
            statement.setTimestamp(8, completed == null ? null : Timestamp.from(completed));
            statement.setString(9, ticket);
            statement.executeUpdate();
        }
        seeded.add(id);
        return id;
    }

    /** Removes every request this seed wrote. */
    void removeSeeded() throws Exception {
        try (var connection = db.getConnection(); var statement = connection.prepareStatement(
                "delete from data_request where id = ? and filed_by = ?")) {
            for (String id : seeded) {
                statement.setString(1, id);
                statement.setString(2, FILED_BY);
                statement.addBatch();
            }
            statement.executeBatch();
        }
        seeded.clear();
    }

    /**
     * Removes the seeded requests received in [from, to) that a run stopped before its clean-up left, so
     * that a period's figures are only the test's own.
     */
    void clear(Instant from, Instant to) throws Exception {
        try (var connection = db.getConnection(); var statement = connection.prepareStatement(
                "delete from data_request where filed_by = ? and received_at >= ? and received_at < ?")) {
            statement.setString(1, FILED_BY);
            statement.setTimestamp(2, Timestamp.from(from));
            statement.setTimestamp(3, Timestamp.from(to));
            statement.executeUpdate();
        }
    }
}
