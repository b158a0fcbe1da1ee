package io.rightsflow.measurement;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into lines of cells, strictly: commas separate, double quotes enclose a cell
 * that holds a comma or a quote, and no cell spans lines (none of the import files needs it).
 */
final class CsvLines {

    private CsvLines() {
    }

    /** The cells of one line, or the reason it cannot be read. */
    static List<String> cells(String line, int number) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        while (true) {
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new CsvImport.Rejected(number, "a quoted cell is not closed on this line");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < line.length() && line.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        cell.append(c);
                    }
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    throw new CsvImport.Rejected(number, "a quoted cell must be followed by a comma or the end of the line");
                }
            } else {
                while (i < line.length() && line.charAt(i) != ',') {
                    cell.append(line.charAt(i++));
                }
            }
            cells.add(cell.toString());
            cell.setLength(0);
            if (i >= line.length()) {
                return cells;
            }
            i++; // the comma
        }
    }
}
