package io.rightsflow.export;

import java.io.IOException;
import java.sql.SQLException;

import io.rightsflow.measurement.MeasurementReader;
import io.rightsflow.measurement.SleepNightCursor;

/** One row per night from the sleep sensors: its start and end, time per stage, wake-ups. */
final class SleepSheet implements Sheet {

    @Override
    public String fileName() {
        return "sleep.csv";
    }

    @Override
    public long write(MeasurementReader reader, String profileId, Csv csv) throws SQLException, IOException {
        csv.header("Start", "End", "Light sleep (s)", "Deep sleep (s)", "REM sleep (s)", "Awake (s)", "Wake-ups");
        try (SleepNightCursor nights = reader.sleepNights(profileId)) {
            while (nights.next()) {
                csv.date(nights.startedAt());
                csv.date(nights.endedAt());
                csv.integer(nights.lightSeconds());
                csv.integer(nights.deepSeconds());
                csv.integer(nights.remSeconds());
                csv.integer(nights.awakeSeconds());
                csv.integer(nights.wakeUps());
                csv.endRow();
            }
        }
        return csv.rows();
    }
}
