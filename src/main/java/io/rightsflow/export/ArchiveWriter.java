package io.rightsflow.export;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.rightsflow.account.Units;
import io.rightsflow.measurement.MeasurementReader;

/**
 * Writes an export archive from the database cursor straight into the ZIP: one CSV per kind of
 * data and a manifest.json. One profile's files sit at the root; an account's profiles get a
 * folder each. The rows come from the measurement feature's {@link MeasurementReader}: plain JDBC
 * cursors, so that no row is held by a persistence context.
 */
final class ArchiveWriter {

    static final String MANIFEST = "manifest.json";
    private static final int BUFFER = 1 << 16;

    private final Connection db;
    private final int compressionLevel;

    record ExportedProfile(String profileId, String name) {
    }

    ArchiveWriter(Connection db, int compressionLevel) {
        this.db = db;
        this.compressionLevel = compressionLevel;
    }

    Manifest write(List<ExportedProfile> profiles, Units units, Instant exportedAt, OutputStream out)
            throws IOException, SQLException {
        try (MeasurementReader reader = MeasurementReader.open(db)) {
            return writeArchive(reader, profiles, units, exportedAt, out);
        }
    }

    private Manifest writeArchive(MeasurementReader reader, List<ExportedProfile> profiles, Units units,
            Instant exportedAt, OutputStream out) throws IOException, SQLException {
        ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out, BUFFER), StandardCharsets.UTF_8);
        zip.setLevel(compressionLevel);
        List<Manifest.ProfileFiles> written = new ArrayList<>();
        long total = 0;
        for (ExportedProfile profile : profiles) {
            String folder = profiles.size() == 1 ? "" : profile.profileId() + "/";
            List<Manifest.FileEntry> files = new ArrayList<>();
            for (Sheet sheet : Sheets.of(units, reader.devices(profile.profileId()))) {
                files.add(writeSheet(reader, zip, folder + sheet.fileName(), sheet, profile.profileId()));
                total += files.get(files.size() - 1).rows();
            }
            written.add(new Manifest.ProfileFiles(profile.profileId(), profile.name(), folder, files));
        }
        Manifest manifest = new Manifest(exportedAt.toString(), "UTC",
                new Manifest.Units(units.weight, units.distance, units.height, "°C"), written, total);
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        zip.flush();
        return manifest;
    }

    private Manifest.FileEntry writeSheet(MeasurementReader reader, ZipOutputStream zip, String path, Sheet sheet,
            String profileId) throws IOException, SQLException {
        zip.putNextEntry(new ZipEntry(path));
        MessageDigest sha = sha256();
        Writer writer = new BufferedWriter(new OutputStreamWriter(
                new DigestOutputStream(new KeepOpen(zip), sha), StandardCharsets.UTF_8), BUFFER);
        writer.write('\uFEFF'); // the byte-order mark that makes spreadsheets read UTF-8 (°C, names)
        long rows = sheet.write(reader, profileId, new Csv(writer));
        writer.flush();
        zip.closeEntry();
        return new Manifest.FileEntry(path, rows, HexFormat.of().formatHex(sha.digest()));
    }

    static int defaultLevel() {
        return Deflater.BEST_SPEED;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lets a sheet's writer flush into the current entry without closing the whole archive. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
