package io.rightsflow.export;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * An archive written into export_archive_chunk as it is produced: one row per {@link #CHUNK_BYTES},
 * so a build holds one chunk in memory whatever the archive's size. The rows go through the
 * caller's connection, in its transaction: a build that fails or dies leaves no chunk behind.
 */
final class ArchiveChunks extends OutputStream {

    /** Large enough that a 100 MiB archive is 100 rows, small enough for the heap of a small node. */
    static final int CHUNK_BYTES = 1 << 20;

    private final PreparedStatement insert;
    private final byte[] buffer = new byte[CHUNK_BYTES];
    private int filled;
    private int chunks;
    private long size;
    private boolean closed;

    private ArchiveChunks(PreparedStatement insert) {
        this.insert = insert;
    }

    /** Removes what an earlier build of the same request left (a retry rebuilds), then writes anew. */
    static ArchiveChunks replacing(Connection db, String requestId) throws SQLException {
        delete(db, requestId);
        PreparedStatement insert = db.prepareStatement(
                "insert into export_archive_chunk (request_id, seq, data) values (?, ?, ?)");
        insert.setString(1, requestId);
        return new ArchiveChunks(insert);
    }

    static int delete(Connection db, String requestId) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("delete from export_archive_chunk where request_id = ?")) {
            delete.setString(1, requestId);
            return delete.executeUpdate();
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] { (byte) b }, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            int n = Math.min(length, CHUNK_BYTES - filled);
            System.arraycopy(bytes, offset, buffer, filled, n);
            filled += n;
            offset += n;
            length -= n;
            if (filled == CHUNK_BYTES) {
                store();
            }
        }
    }

    /** Writes the last, partial chunk. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (insert) {
            if (filled > 0 || chunks == 0) {
                store();
            }
        } catch (SQLException e) {
            throw new IOException("could not store the archive", e);
        }
    }

    int chunks() {
        return chunks;
    }

    long size() {
        return size;
    }

    private void store() throws IOException {
        try {
            insert.setInt(2, chunks);
            // the driver copies the bytes when it binds them, so the buffer is reused for the next chunk
            insert.setBytes(3, filled == CHUNK_BYTES ? buffer : java.util.Arrays.copyOf(buffer, filled));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IOException("could not store chunk " + chunks + " of the archive", e);
        }
        chunks++;
        size += filled;
        filled = 0;
    }
}
