package io.rightsflow.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("database")
class CsvTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsNeutralisedWithALeadingQuote() throws IOException {
        for (String formula : new String[] { "=1+2", "+1", "-1", "@SUM(A1)", "\tcmd", "\rcmd" }) {
            String cell = row(csv -> csv.text(formula));
            String unquoted = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1) : cell;
            assertEquals("'" + formula, unquoted);
        }
        assertEquals("plain comment", row(csv -> csv.text("plain comment")));
    }

    @Test
    void textWithCommasQuotesOrLineBreaksIsQuoted() throws IOException {
        assertEquals("\"after a run, tired\"", row(csv -> csv.text("after a run, tired")));
        assertEquals("\"she said \"\"hi\"\"\"", row(csv -> csv.text("she said \"hi\"")));
        assertEquals("\"two\nlines\"", row(csv -> csv.text("two\nlines")));
    }

    @Test
    void numbersAreWrittenAsNumbersNeverNeutralisedAndNeverWithAnExponent() throws IOException {
        assertEquals("-5", row(csv -> csv.number(-5.0)));
        assertEquals("-0.25", row(csv -> csv.number(-0.25)));
        assertEquals("0.0001", row(csv -> csv.number(0.0001)));
        assertEquals("12345678901", row(csv -> csv.number(12345678901.0)));
        assertEquals("158.7328", row(csv -> csv.number(158.73283359)));
        assertEquals("", row(csv -> csv.number(null)));
    }

    @Test
    void datesAreWrittenInUtcAsTheImporterReadsThem() throws IOException {
        assertEquals("2015-04-16 09:40:00", row(csv -> csv.date(OffsetDateTime.parse("2015-04-16T11:40:00+02:00"))));
    }

    @Test
    void cellsAreSeparatedByCommasAndRowsEndWithCrLf() throws IOException {
        StringWriter out = new StringWriter();
        Csv csv = new Csv(out).header("Date", "Weight (kg)");
        csv.text("a");
        csv.number(1.5);
        csv.endRow();
        assertEquals("Date,Weight (kg)\r\na,1.5\r\n", out.toString());
        assertEquals(1, csv.rows());
    }

    interface Cell {
        void write(Csv csv) throws IOException;
    }

    private static String row(Cell cell) throws IOException {
        StringWriter out = new StringWriter();
        cell.write(new Csv(out));
        return out.toString();
    }
}
