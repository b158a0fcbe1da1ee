package io.rightsflow.export;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * Where archives are kept: in the database every node shares, so that any node serves a download
 * and any node's retention or erasure deletes an archive. Written by {@link ArchiveChunks}.
 */
@ApplicationScoped
class ArchiveStore {

    @Inject
    AgroalDataSource dataSource;

    /**
     * The archive's bytes for a response: read one chunk at a time, each with a connection of its
     * own, so that a slow download holds neither the archive in memory nor a connection of the pool.
     */
    StreamingOutput body(ExportArchive archive) {
        String requestId = archive.requestId;
        int chunks = archive.chunks;
        return out -> {
            for (int seq = 0; seq < chunks; seq++) {
                out.write(chunk(requestId, seq));
            }
        };
    }

    /** Deletes the archive's chunks in the caller's transaction. */
    void delete(String requestId) {
        try (Connection db = dataSource.getConnection()) {
            ArchiveChunks.delete(db, requestId);
        } catch (SQLException e) {
            throw new IllegalStateException("could not delete the archive of request " + requestId, e);
        }
    }

    private byte[] chunk(String requestId, int seq) throws IOException {
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(
                "select data from export_archive_chunk where request_id = ? and seq = ?")) {
            query.setString(1, requestId);
            query.setInt(2, seq);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    // deleted by its retention or an erasure while it was being downloaded
                    throw new IOException("the archive of request " + requestId + " was deleted during its download");
                }
                return row.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IOException("could not read the archive of request " + requestId, e);
        }
    }
}
