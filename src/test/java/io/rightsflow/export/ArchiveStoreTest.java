package io.rightsflow.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.StoredArchives;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Archives larger than one chunk, the way a build writes them and a download reads them. */
@QuarkusTest
@Tag("database")
class ArchiveStoreTest {

    /** Two full chunks and a partial one. */
    static final byte[] BYTES = new byte[2 * ArchiveChunks.CHUNK_BYTES + 12_345];

    static {
        new Random(15).nextBytes(BYTES);
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ArchiveStore store;

    @Test
    void anArchiveOfSeveralChunksReadsBackByteForByteAndIsDeletedWhole() throws Exception {
        String requestId = UUID.randomUUID().toString();
        int chunks = QuarkusTransaction.requiringNew().call(() -> write(requestId, BYTES.length).chunks());
        assertEquals(3, chunks);

        ExportArchive archive = new ExportArchive();
        archive.requestId = requestId;
        archive.chunks = chunks;
        ByteArrayOutputStream downloaded = new ByteArrayOutputStream();
        store.body(archive).write(downloaded);
        assertArrayEquals(BYTES, downloaded.toByteArray());

        QuarkusTransaction.requiringNew().run(() -> store.delete(requestId));
        assertEquals(0, StoredArchives.chunks(dataSource, requestId));
        assertThrows(IOException.class, () -> store.body(archive).write(new ByteArrayOutputStream()),
                "a download cut short by a deletion fails rather than ending as if complete");
    }

    @Test
    void aBuildThatFailsHalfwayLeavesNoChunkBehind() throws Exception {
        String requestId = UUID.randomUUID().toString();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            write(requestId, ArchiveChunks.CHUNK_BYTES + 1); // two chunk rows inserted, none committed
            throw new IllegalStateException("simulated crash in the middle of a build");
        }));
        assertEquals(0, StoredArchives.chunks(dataSource, requestId));
    }

    @Test
    void aRetriedBuildReplacesWhatTheFormerWroteInsteadOfAddingToIt() throws Exception {
        String requestId = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> write(requestId, BYTES.length));
        QuarkusTransaction.requiringNew().run(() -> write(requestId, 10));
        assertEquals(1, StoredArchives.chunks(dataSource, requestId));

        ExportArchive archive = new ExportArchive();
        archive.requestId = requestId;
        archive.chunks = 1;
        ByteArrayOutputStream downloaded = new ByteArrayOutputStream();
        store.body(archive).write(downloaded);
        assertArrayEquals(Arrays.copyOf(BYTES, 10), downloaded.toByteArray(), "only what the retry wrote");
    }

    /** An inline H2 VARBINARY would copy a whole archive into the heap when it is deleted (V13). */
    @Test
    void chunksAreStoredOutOfLineABlobOnH2AndByteaOnPostgresql() throws Exception {
        try (Connection db = dataSource.getConnection(); var query = db.prepareStatement("select data_type from"
                + " information_schema.columns where lower(table_name) = 'export_archive_chunk' and lower(column_name) = 'data'");
                var type = query.executeQuery()) {
            type.next();
            String expected = "H2".equals(db.getMetaData().getDatabaseProductName()) ? "BINARY LARGE OBJECT" : "bytea";
            assertEquals(expected, type.getString(1));
        }
    }

    /** Writes the first {@code length} bytes in small pieces, as the ZIP stream does, then closes. */
    private ArchiveChunks write(String requestId, int length) {
        try (Connection db = dataSource.getConnection()) {
            ArchiveChunks out = ArchiveChunks.replacing(db, requestId);
            try (out) {
                for (int at = 0; at < length; at += 8192) {
                    out.write(BYTES, at, Math.min(8192, length - at));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
