package io.rightsflow.export;

import java.io.IOException;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.rightsflow.measurement.MeasurementFeed;
import io.rightsflow.measurement.MeasurementReader;

/**
 * A sheet with one row per moment: the values its feeds took at the same time (a weigh-in's
 * weight, fat and bone mass) share a row, e.g. {@code Date,Weight (kg),Fat mass (kg),Comments}.
 */
final class MergedSheet implements Sheet {

    private final String fileName;
    private final List<Column> columns;
    private final List<MeasurementFeed> feeds;
    private final boolean comments;
    private final double[] factors;

    MergedSheet(String fileName, List<Column> columns, List<MeasurementFeed> feeds, boolean comments) {
        this.fileName = fileName;
        this.columns = columns;
        this.feeds = feeds;
        this.comments = comments;
        this.factors = columns.stream().mapToDouble(Column::factor).toArray();
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public long write(MeasurementReader reader, String profileId, Csv csv) throws SQLException, IOException {
        List<String> header = new ArrayList<>();
        header.add("Date");
        columns.forEach(c -> header.add(c.header()));
        if (comments) {
            header.add("Comments");
        }
        csv.header(header.toArray(String[]::new));
        Row row = new Row();
        try (Series series = new Series(reader, profileId, feeds)) {
            while (series.next()) {
                if (row.at != null && (!series.takenAt().isEqual(row.at) || row.holds(series.category()))) {
                    row.write(csv);
                }
                row.add(series);
            }
        }
        if (row.at != null) {
            row.write(csv);
        }
        return csv.rows();
    }

    /** The row being assembled; written when the time moves on or a value would be overwritten. */
    private final class Row {
        OffsetDateTime at;
        final Double[] values = new Double[columns.size()];
        String comment;

        boolean holds(String category) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null && columns.get(i).category().equals(category)) {
                    return true;
                }
            }
            return false;
        }

        void add(Series series) throws SQLException {
            at = series.takenAt();
            for (int i = 0; i < values.length; i++) {
                Column column = columns.get(i);
                if (column.category().equals(series.category())) {
                    Double stored = switch (column.field()) {
                        case VALUE -> series.value();
                        case SYSTOLIC -> series.systolic();
                        case DIASTOLIC -> series.diastolic();
                    };
                    values[i] = stored == null ? null : stored / factors[i];
                }
            }
            String text = series.comment();
            if (text != null) {
                comment = comment == null ? text : comment + "; " + text;
            }
        }

        void write(Csv csv) throws IOException {
            csv.date(at);
            for (int i = 0; i < values.length; i++) {
                csv.number(values[i]);
                values[i] = null;
            }
            if (comments) {
                csv.text(comment);
            }
            csv.endRow();
            comment = null;
            at = null;
        }
    }
}
