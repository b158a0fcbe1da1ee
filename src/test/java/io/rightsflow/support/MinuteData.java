package io.rightsflow.support;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import io.agroal.api.AgroalDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Long histories, written straight into the database in batches (the API would take hours), and what a call loads of them. */
public final class MinuteData {

    public static final int MINUTES_A_YEAR = 365 * 24 * 60;

    private MinuteData() {
    }

    /** One reading of {@code value} every minute from {@code from} on, {@code minutes} of them, as from a device. */
    public static void insert(AgroalDataSource db, String profileId, String category, double value, Instant from,
            int minutes) throws Exception {
        try (var connection = db.getConnection(); var insert = connection.prepareStatement("insert into measurement "
                + "(profile_id, category_id, source, taken_at, val, created_at) values (?, ?, 'DEVICE', ?, ?, ?)")) {
            connection.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            for (int minute = 0; minute < minutes; minute++) {
                insert.setString(1, profileId);
                insert.setString(2, category);
                insert.setTimestamp(3, Timestamp.from(from.plus(Duration.ofMinutes(minute))));
                insert.setDouble(4, value);
                insert.setTimestamp(5, now);
                insert.addBatch();
                if (minute % 10_000 == 9_999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    /** How many measurement entities the service has loaded so far (Hibernate statistics, on in tests). */
    public static long measurementsLoaded(SessionFactory sessions) {
        Statistics statistics = sessions.getStatistics();
        return statistics.getEntityStatistics("io.rightsflow.measurement.Measurement").getLoadCount();
    }
}
