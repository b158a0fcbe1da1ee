package io.rightsflow.downstream;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The systems' parts of access copies (system_call_data): kept when they answer, read into the
 * copy, then dropped. Plain JDBC in the caller's transaction, as the archive's chunks are: the
 * column is a BLOB on H2 and bytea on PostgreSQL, which no one JPA mapping validates against both.
 */
@Named("systemData")
@ApplicationScoped
public class SystemData {

    /** A system's part of a copy, as it sent it. */
    public record Part(String fileName, String contentType, byte[] bytes) {
    }

    @Inject
    AgroalDataSource db;

    void keep(String callId, Answer.Data data) {
        try (Connection connection = db.getConnection()) {
            try (PreparedStatement delete = connection.prepareStatement("delete from system_call_data where call_id = ?")) {
                delete.setString(1, callId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into system_call_data (call_id, file_name, content_type, data) values (?, ?, ?, ?)")) {
                insert.setString(1, callId);
                insert.setString(2, data.fileName());
                insert.setString(3, data.contentType());
                insert.setBytes(4, data.bytes());
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not keep the answer of call " + callId, e);
        }
    }

    /** The part a call returned, if any. */
    public Optional<Part> of(String callId) {
        try (Connection connection = db.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select file_name, content_type, data from system_call_data where call_id = ?")) {
            select.setString(1, callId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Part(row.getString(1), row.getString(2), row.getBytes(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the answer of call " + callId, e);
        }
    }

    /** A cancelled call's part, if it had sent one. */
    void dropCall(String callId) {
        try (Connection connection = db.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from system_call_data where call_id = ?")) {
            delete.setString(1, callId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the answer of call " + callId, e);
        }
    }

    /**
     * Once the copy holds them, or its request ended without a copy (ended by an erasure, refused),
     * the request's parts go: the copy is the one place they live on.
     */
    public void drop(String requestId) {
        try (Connection connection = db.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from system_call_data where call_id in (select id from system_call where request_id = ?)")) {
            delete.setString(1, requestId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the answers of request " + requestId, e);
        }
    }
}
