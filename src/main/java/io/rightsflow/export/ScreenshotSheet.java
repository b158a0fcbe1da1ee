package io.rightsflow.export;

import java.io.IOException;
import java.sql.SQLException;

import io.rightsflow.measurement.MeasurementReader;
import io.rightsflow.measurement.ScreenshotCursor;

/** The list of the screenshots the home camera stored for this profile. */
final class ScreenshotSheet implements Sheet {

    @Override
    public String fileName() {
        return "camera_screenshots.csv";
    }

    @Override
    public long write(MeasurementReader reader, String profileId, Csv csv) throws SQLException, IOException {
        csv.header("Date", "Device", "File", "Size (bytes)");
        try (ScreenshotCursor screenshots = reader.screenshots(profileId)) {
            while (screenshots.next()) {
                csv.date(screenshots.takenAt());
                csv.text(screenshots.deviceId());
                csv.text(screenshots.fileName());
                csv.integer(screenshots.sizeBytes());
                csv.endRow();
            }
        }
        return csv.rows();
    }
}
