package io.rightsflow.export;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.rightsflow.measurement.MeasurementFeed;
import io.rightsflow.measurement.MeasurementReader;

/** Daily totals (UTC days): {@code Date,Steps,Distance (km),Elevation (m),Active calories (kcal)}. */
final class ActivitySheet implements Sheet {

    private final List<Column> columns;

    ActivitySheet(String distanceUnit) {
        this.columns = List.of(
                new Column("Steps", "steps", Field.VALUE, "steps"),
                Column.value("Distance", "distance", distanceUnit),
                Column.value("Elevation", "elevation", "m"),
                Column.value("Active calories", "burned-calories", "kcal"));
    }

    @Override
    public String fileName() {
        return "activity.csv";
    }

    @Override
    public long write(MeasurementReader reader, String profileId, Csv csv) throws SQLException, IOException {
        csv.header("Date", columns.get(0).header(), columns.get(1).header(), columns.get(2).header(),
                columns.get(3).header());
        LocalDate day = null;
        double[] totals = new double[columns.size()];
        boolean[] seen = new boolean[columns.size()];
        List<MeasurementFeed> feeds = columns.stream().map(c -> MeasurementFeed.of(c.category())).toList();
        try (Series series = new Series(reader, profileId, feeds)) {
            while (series.next()) {
                LocalDate rowDay = series.takenAt().atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
                if (day != null && !rowDay.equals(day)) {
                    writeDay(csv, day, totals, seen);
                }
                day = rowDay;
                int column = columnOf(series.category());
                Double value = series.value();
                if (value != null) {
                    totals[column] += value;
                    seen[column] = true;
                }
            }
        }
        if (day != null) {
            writeDay(csv, day, totals, seen);
        }
        return csv.rows();
    }

    private int columnOf(String category) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).category().equals(category)) {
                return i;
            }
        }
        throw new IllegalStateException("no column for " + category);
    }

    private void writeDay(Csv csv, LocalDate day, double[] totals, boolean[] seen) throws IOException {
        csv.text(day.toString());
        for (int i = 0; i < totals.length; i++) {
            csv.number(seen[i] ? totals[i] / columns.get(i).factor() : null);
            totals[i] = 0;
            seen[i] = false;
        }
        csv.endRow();
    }
}
