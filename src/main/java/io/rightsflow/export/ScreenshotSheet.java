package io.rightsflow.export;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** The list of the screenshots the home camera stored for this profile. */
final class ScreenshotSheet implements Sheet {

    @Override
    public String fileName() {
        return "camera_screenshots.csv";
    }

    @Override
    public long write(Connection db, String profileId, Csv csv) throws SQLException, IOException {
        csv.header("Date", "Device", "File", "Size (bytes)");
        try (PreparedStatement query = db.prepareStatement("select taken_at, device_id, file_name, size_bytes"
                + " from camera_screenshot where profile_id = ? order by taken_at, id")) {
            query.setFetchSize(Series.FETCH_SIZE);
            query.setString(1, profileId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    csv.date(rows.getObject(1, OffsetDateTime.class));
                    csv.text(rows.getString(2));
                    csv.text(rows.getString(3));
                    csv.integer(rows.getLong(4));
                    csv.endRow();
                }
            }
        }
        return csv.rows();
    }
}
