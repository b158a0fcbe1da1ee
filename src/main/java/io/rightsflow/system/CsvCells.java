package io.rightsflow.system;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A text cell of a CSV file as spreadsheets read it: quoted when it holds a comma, a quote or a
 * line break, and neutralised when a spreadsheet would run it as a formula.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** One line of text cells, without its line end. */
    public static String line(String... values) {
        return Arrays.stream(values).map(CsvCells::cell).collect(Collectors.joining(","));
    }

    /** The cell as written; null and empty text leave it empty. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = neutralised(value);
        return needsQuotes(safe) ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    /**
     * OWASP's advice against CSV injection: a leading quote makes a spreadsheet show the cell as
     * text instead of evaluating it. The importer takes the quote off again.
     */
    static String neutralised(String value) {
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
