package io.rightsflow.export;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** One row per night from the sleep sensors: its start and end, time per stage, wake-ups. */
final class SleepSheet implements Sheet {

    @Override
    public String fileName() {
        return "sleep.csv";
    }

    @Override
    public long write(Connection db, String profileId, Csv csv) throws SQLException, IOException {
        csv.header("Start", "End", "Light sleep (s)", "Deep sleep (s)", "REM sleep (s)", "Awake (s)", "Wake-ups");
        try (PreparedStatement query = db.prepareStatement("select started_at, ended_at, light_s, deep_s, rem_s,"
                + " awake_s, wake_ups from sleep_night where profile_id = ? order by started_at, id")) {
            query.setFetchSize(Series.FETCH_SIZE);
            query.setString(1, profileId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    csv.date(rows.getObject(1, OffsetDateTime.class));
                    csv.date(rows.getObject(2, OffsetDateTime.class));
                    for (int column = 3; column <= 7; column++) {
                        csv.integer(rows.getLong(column));
                    }
                    csv.endRow();
                }
            }
        }
        return csv.rows();
    }
}
