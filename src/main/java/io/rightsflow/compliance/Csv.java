package io.rightsflow.compliance;

import java.util.Arrays;
import java.util.stream.Collectors;

/** One line of the auditors' CSV files: cells quoted where needed, formula starts neutralised. */
final class Csv {

    private Csv() {
    }

    static String cells(String... values) {
        return Arrays.stream(values).map(Csv::cell).collect(Collectors.joining(","));
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quoted = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
