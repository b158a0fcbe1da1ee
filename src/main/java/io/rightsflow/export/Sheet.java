package io.rightsflow.export;

import java.io.IOException;
import java.sql.SQLException;

import io.rightsflow.measurement.MeasurementReader;
import io.rightsflow.measurement.UnitConversion;

/** One CSV file of an export: its name, its header, and how its rows are read. */
interface Sheet {

    String fileName();

    /** Writes the header and every row of the profile; returns the number of data rows. */
    long write(MeasurementReader reader, String profileId, Csv csv) throws SQLException, IOException;

    /** A column of measurement values: which category fills it, which field, in which unit. */
    record Column(String header, String category, Field field, String unit) {

        static Column value(String name, String category, String unit) {
            return new Column(name + " (" + unit + ")", category, Field.VALUE, unit);
        }

        /** How many base units one unit of this column is: a stored value is divided by it. */
        double factor() {
            return UnitConversion.toBase(1, unit);
        }
    }

    enum Field { VALUE, SYSTOLIC, DIASTOLIC }
}
