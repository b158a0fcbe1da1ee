package io.rightsflow.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.rightsflow.system.CsvCells;

/**
 * Writes one CSV file as spreadsheets and the importer read it: comma separated, CRLF, period
 * decimals, dates as {@code yyyy-mm-dd hh:mm:ss} in UTC. Text that a spreadsheet would run as a
 * formula is neutralised; numbers are written as numbers, never altered.
 */
final class Csv {

    private final Writer out;
    private boolean rowStarted;
    private long rows;

    Csv(Writer out) {
        this.out = out;
    }

    Csv header(String... names) throws IOException {
        for (String name : names) {
            text(name);
        }
        endRow();
        rows = 0;
        return this;
    }

    void text(String value) throws IOException {
        separate();
        out.write(CsvCells.cell(value));
    }

    /** A number rounded to four decimals, without exponent; null leaves the cell empty. */
    void number(Double value) throws IOException {
        separate();
        if (value == null) {
            return;
        }
        double v = value;
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            out.write(Long.toString((long) v));
        } else {
            out.write(BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
        }
    }

    void integer(long value) throws IOException {
        separate();
        out.write(Long.toString(value));
    }

    void date(OffsetDateTime at) throws IOException {
        separate();
        OffsetDateTime utc = at.withOffsetSameInstant(ZoneOffset.UTC);
        char[] c = new char[19];
        digits(c, 0, utc.getYear(), 4);
        c[4] = '-';
        digits(c, 5, utc.getMonthValue(), 2);
        c[7] = '-';
        digits(c, 8, utc.getDayOfMonth(), 2);
        c[10] = ' ';
        digits(c, 11, utc.getHour(), 2);
        c[13] = ':';
        digits(c, 14, utc.getMinute(), 2);
        c[16] = ':';
        digits(c, 17, utc.getSecond(), 2);
        out.write(c);
    }

    void endRow() throws IOException {
        out.write("\r\n");
        rowStarted = false;
        rows++;
    }

    /** Data rows written so far (the header is not counted). */
    long rows() {
        return rows;
    }

    private void separate() throws IOException {
        if (rowStarted) {
            out.write(',');
        }
        rowStarted = true;
    }

    private static void digits(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
