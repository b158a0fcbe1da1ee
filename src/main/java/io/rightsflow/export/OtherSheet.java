package io.rightsflow.export;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

import io.rightsflow.measurement.MeasurementFeed;
import io.rightsflow.measurement.MeasurementReader;

/**
 * Every measurement that no other sheet holds (run and swimming data, pulse wave velocity,
 * motion, video durations), one per row, so that an export leaves nothing out.
 */
final class OtherSheet implements Sheet {

    private final List<Column> columns;

    OtherSheet(List<Column> columns) {
        this.columns = columns;
    }

    @Override
    public String fileName() {
        return "other_measurements.csv";
    }

    @Override
    public long write(MeasurementReader reader, String profileId, Csv csv) throws SQLException, IOException {
        csv.header("Date", "Category", "Value", "Unit", "Comments");
        List<MeasurementFeed> feeds = columns.stream().map(c -> MeasurementFeed.of(c.category())).toList();
        try (Series series = new Series(reader, profileId, feeds)) {
            while (series.next()) {
                Column column = columns.stream().filter(c -> c.category().equals(series.category())).findFirst()
                        .orElseThrow();
                Double value = series.value();
                csv.date(series.takenAt());
                csv.text(column.category());
                csv.number(value == null ? null : value / column.factor());
                csv.text(column.unit());
                csv.text(series.comment());
                csv.endRow();
            }
        }
        return csv.rows();
    }
}
