package io.rightsflow.measurement;

import java.util.ArrayList;
import java.util.List;

import io.rightsflow.account.Units;
import io.rightsflow.measurement.CsvImport.Rejected;
import io.rightsflow.measurement.ImportKind.Column;

/** The header row of an import file: Date first, the kind's columns, its required one, the account's units. */
final class ImportHeader {

    private ImportHeader() {
    }

    static List<Column> columns(String line, ImportKind kind, Units units) {
        List<String> names = CsvLines.cells(line, 1);
        if (names.size() == 1 && (line.contains(";") || line.contains("\t"))) {
            throw new Rejected(1, "columns must be separated by commas, not " + (line.contains(";") ? "semicolons" : "tabs"));
        }
        if (names.isEmpty() || !names.get(0).trim().equalsIgnoreCase("Date")) {
            throw new Rejected(1, "the first column must be Date; a " + kind.id() + " file starts with "
                    + example(kind, units));
        }
        List<Column> available = kind.columns(units);
        List<Column> columns = new ArrayList<>();
        for (String cell : names.subList(1, names.size())) {
            Column column = column(cell.trim(), available, kind, units);
            if (columns.contains(column)) {
                throw new Rejected(1, "the column " + column.name() + " appears twice");
            }
            columns.add(column);
        }
        if (columns.stream().noneMatch(c -> c.name().equals(kind.required()))) {
            throw new Rejected(1, "the required column " + kind.required() + " is missing; a " + kind.id()
                    + " file starts with " + example(kind, units));
        }
        return columns;
    }

    /** "Weight", or "Weight (kg)": a unit in the header must be the account's, as the values are. */
    private static Column column(String cell, List<Column> available, ImportKind kind, Units units) {
        String name = cell;
        String unit = null;
        int open = cell.lastIndexOf(" (");
        if (open > 0 && cell.endsWith(")")) {
            name = cell.substring(0, open).trim();
            unit = cell.substring(open + 2, cell.length() - 1).trim();
        }
        String wanted = name;
        Column column = available.stream().filter(c -> c.name().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new Rejected(1, "unknown column '" + cell + "'; a " + kind.id() + " file has "
                        + example(kind, units)));
        if (unit != null && !unit.equals(column.unit())) {
            throw new Rejected(1, "the column " + column.name() + " must be in " + column.unit()
                    + ", the unit set for your account, not " + unit);
        }
        return column;
    }

    static String example(ImportKind kind, Units units) {
        StringBuilder header = new StringBuilder("Date");
        for (Column column : kind.columns(units)) {
            header.append(',').append(column.name());
            if (column.unit() != null) {
                header.append(" (").append(column.unit()).append(')');
            }
        }
        return header.toString();
    }
}
