package io.rightsflow.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.rightsflow.account.AccessWriter;

/**
 * The ZIP of an access copy as the owners write into it: each file is JSON Lines (one object a
 * row, streamed as it comes) under the folder of the profile or the account it belongs to.
 */
final class AccessZip implements AccessWriter {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final ZipOutputStream zip;
    private final OutputStream entry;
    private final Set<String> written = new HashSet<>();
    private String folder = "";
    private String current;
    /** Rows per file written since {@link #counting} was last called. */
    private Map<String, Long> counted = new LinkedHashMap<>();

    AccessZip(ZipOutputStream zip) {
        this.zip = zip;
        this.entry = new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() {
                // the ZIP stays open for the next row
            }
        };
    }

    /** Where the next rows go, e.g. "profiles/&lt;id&gt;/" or "account/". */
    void folder(String folder) {
        closeEntry();
        this.folder = folder;
    }

    /** Starts counting afresh; returns the rows per file (without folder) counted until now. */
    Map<String, Long> counting() {
        closeEntry();
        Map<String, Long> until = counted;
        counted = new LinkedHashMap<>();
        return until;
    }

    @Override
    public void write(String file, Object row) {
        String path = folder + file + ".jsonl";
        try {
            if (!path.equals(current)) {
                closeEntry();
                if (!written.add(path)) {
                    throw new IllegalStateException(path + " was written in two parts: an owner writes each file in one go");
                }
                zip.putNextEntry(new ZipEntry(path));
                current = path;
            }
            JSON.writeValue(entry, row);
            entry.write('\n');
            counted.merge(file, 1L, Long::sum);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A whole file at once: the document about the data, the list of contents. */
    void file(String path, byte[] content) {
        closeEntry();
        try {
            zip.putNextEntry(new ZipEntry(path));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void file(String path, String content) {
        file(path, content.getBytes(StandardCharsets.UTF_8));
    }

    private void closeEntry() {
        if (current == null) {
            return;
        }
        try {
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        current = null;
    }
}
