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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

/**
 * Writes an export archive from the database cursor straight into the ZIP: one CSV per kind of
 * data and a manifest.json. One profile's files sit at the root; an account's profiles get a
 * folder each. Plain JDBC, so that no row is held by a persistence context.
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
        boolean h2 = "H2".equals(db.getMetaData().getDatabaseProductName());
        if (h2) {
            lazy(true);
        }
        try {
            return writeArchive(profiles, units, exportedAt, out);
        } finally {
            if (h2) {
                lazy(false);
            }
        }
    }

    /**
     * H2 otherwise computes a whole result (millions of rows) into a temporary store before the
     * first row comes back; lazily, rows come from the index as they are read, as with a
     * PostgreSQL cursor.
     */
    private void lazy(boolean on) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("SET LAZY_QUERY_EXECUTION " + on);
        }
    }

    private Manifest writeArchive(List<ExportedProfile> profiles, Units units, Instant exportedAt, OutputStream out)
            throws IOException, SQLException {
        ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out, BUFFER), StandardCharsets.UTF_8);
        zip.setLevel(compressionLevel);
        List<Manifest.ProfileFiles> written = new ArrayList<>();
        long total = 0;
        for (ExportedProfile profile : profiles) {
            String folder = profiles.size() == 1 ? "" : profile.profileId() + "/";
            List<Manifest.FileEntry> files = new ArrayList<>();
            for (Sheet sheet : Sheets.of(units, devices(profile.profileId()))) {
                files.add(writeSheet(zip, folder + sheet.fileName(), sheet, profile.profileId()));
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

    private Manifest.FileEntry writeSheet(ZipOutputStream zip, String path, Sheet sheet, String profileId)
            throws IOException, SQLException {
        zip.putNextEntry(new ZipEntry(path));
        MessageDigest sha = sha256();
        Writer writer = new BufferedWriter(new OutputStreamWriter(
                new DigestOutputStream(new KeepOpen(zip), sha), StandardCharsets.UTF_8), BUFFER);
        writer.write('\uFEFF'); // the byte-order mark that makes spreadsheets read UTF-8 (°C, names)
        long rows = sheet.write(db, profileId, new Csv(writer));
        writer.flush();
        zip.closeEntry();
        return new Manifest.FileEntry(path, rows, HexFormat.of().formatHex(sha.digest()));
    }

    private List<Sheets.Device> devices(String profileId) throws SQLException {
        List<Sheets.Device> devices = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("select d.id, (select count(*) from catalog_product_category c"
                + " where c.product_id = d.product_id and c.category_id = 'blood-pressure')"
                + " from device d where d.profile_id = ? order by d.created_at, d.id")) {
            query.setString(1, profileId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    devices.add(new Sheets.Device(rows.getString(1), rows.getInt(2) > 0));
                }
            }
        }
        return devices;
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
