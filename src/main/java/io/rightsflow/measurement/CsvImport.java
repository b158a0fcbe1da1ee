package io.rightsflow.measurement;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.rightsflow.account.Units;
import io.rightsflow.measurement.ImportKind.Column;
import io.rightsflow.measurement.ImportKind.Target;

/**
 * Reads an import file by the import rules of README "How a request runs" and checks every line before anything is
 * stored: a broken rule rejects the whole file, naming every broken line and its rule. Times are
 * UTC, values are in the account's units and come back in base units.
 */
final class CsvImport {

    static final int MAX_ROWS = 4_000;
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** A broken rule: the line it is on (1 is the header) and what to fix. */
    public record Broken(int line, String rule) {
        @Override
        public String toString() {
            return "line " + line + ": " + rule;
        }
    }

    /** A rejected file: every broken rule found, one per line, in the order of the lines. */
    static final class Rejected extends RuntimeException {
        private static final int SHOWN = 20;
        final int line;
        final List<Broken> broken;

        Rejected(int line, String rule) {
            this(List.of(new Broken(line, rule)));
        }

        private Rejected(List<Broken> broken) {
            super(summary(broken), null, false, false);
            this.line = broken.get(0).line();
            this.broken = List.copyOf(broken);
        }

        /** The API's detail: the first lines, then how many more (a wholly broken large file stays readable). */
        private static String summary(List<Broken> broken) {
            String first = broken.stream().limit(SHOWN).map(Broken::toString).collect(Collectors.joining("; "));
            return broken.size() <= SHOWN ? first : first + "; and " + (broken.size() - SHOWN) + " more broken lines";
        }
    }

    /** One checked data row: its time, and per column its value in base units (or its text). */
    record Row(Instant takenAt, List<Column> columns, Double[] values, String comment) {
    }

    private CsvImport() {
    }

    static List<Row> read(byte[] body, ImportKind kind, Units units, Instant now) {
        String[] lines = text(body).split("\r\n|\n|\r", -1);
        int count = lines.length;
        while (count > 0 && lines[count - 1].isEmpty()) {
            count--; // the newline after the last row
        }
        if (count == 0) {
            throw new Rejected(1, "the file is empty; it needs a header row, e.g. " + ImportHeader.example(kind, units));
        }
        List<Column> columns = ImportHeader.columns(lines[0], kind, units);
        if (count - 1 > MAX_ROWS) {
            throw new Rejected(MAX_ROWS + 2, "a file holds at most " + String.format(Locale.ROOT, "%,d", MAX_ROWS)
                    + " data rows; this one has " + (count - 1) + ": split it into several files");
        }
        if (count == 1) {
            throw new Rejected(2, "the file has a header but no data rows");
        }
        List<Row> rows = new ArrayList<>(count - 1);
        List<Broken> broken = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            try {
                rows.add(row(lines[i], i + 1, columns, now));
            } catch (Rejected rejected) {
                broken.addAll(rejected.broken); // every broken line is named, not only the first
            }
        }
        if (!broken.isEmpty()) {
            throw new Rejected(broken);
        }
        return rows;
    }

    private static String text(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new Rejected(1, "the file is not UTF-8 text; save it as \"CSV UTF-8\"");
        }
    }

    private static Row row(String line, int number, List<Column> columns, Instant now) {
        List<String> cells = CsvLines.cells(line, number);
        if (cells.size() != columns.size() + 1) {
            throw new Rejected(number, cells.size() + " cells where the header has " + (columns.size() + 1)
                    + "; commas separate columns, and decimals take a period (72.5, not 72,5)");
        }
        Instant takenAt = date(cells.get(0).trim(), number, now);
        Double[] values = new Double[columns.size()];
        String comment = null;
        boolean any = false;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String cell = cells.get(i + 1);
            if (column.target() == Target.COMMENT) {
                comment = comment(cell, number);
            } else if (!cell.isBlank()) {
                values[i] = UnitConversion.toBase(number(cell.trim(), column, number), column.unit());
                any = true;
            }
        }
        if (!any) {
            throw new Rejected(number, "the row has no value; give at least a " + columns.stream()
                    .filter(c -> c.target() != Target.COMMENT).map(Column::name).reduce((a, b) -> a + " or " + b)
                    .orElse("value"));
        }
        requireBothPressures(columns, values, number);
        return new Row(takenAt, columns, values, comment);
    }

    private static Instant date(String cell, int number, Instant now) {
        try {
            Instant at = LocalDateTime.parse(cell, DATE).toInstant(ZoneOffset.UTC);
            if (at.isAfter(now.plus(FUTURE_TOLERANCE))) {
                throw new Rejected(number, "Date " + cell + " lies in the future");
            }
            return at;
        } catch (DateTimeParseException e) {
            throw new Rejected(number, "Date '" + cell + "' must be written yyyy-mm-dd hh:mm:ss, e.g. 2015-04-16 11:40:00");
        }
    }

    private static double number(String cell, Column column, int number) {
        if (!NUMBER.matcher(cell).matches() && formula(cell)) {
            throw new Rejected(number, column.name() + " holds a spreadsheet formula; give the number itself");
        }
        if (!NUMBER.matcher(cell).matches()) {
            throw new Rejected(number, column.name() + " '" + cell + "' is not a number; write it like 72.5, "
                    + "with a period as the decimal separator");
        }
        double value = Double.parseDouble(cell);
        if (value <= 0) {
            throw new Rejected(number, column.name() + " must be above 0");
        }
        return value;
    }

    /** An exported comment carries a leading quote against formulas; it comes off again here. */
    private static String comment(String cell, int number) {
        if (cell.isEmpty()) {
            return null;
        }
        if (formula(cell)) {
            throw new Rejected(number, "Comments starts with '" + cell.charAt(0) + "', which spreadsheets run as a "
                    + "formula; put an apostrophe (') before it");
        }
        String text = cell.length() > 1 && cell.charAt(0) == '\'' && formula(cell.substring(1)) ? cell.substring(1) : cell;
        if (text.length() > 500) {
            throw new Rejected(number, "Comments must have at most 500 characters");
        }
        return text;
    }

    private static boolean formula(String cell) {
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private static void requireBothPressures(List<Column> columns, Double[] values, int number) {
        Double systolic = null;
        Double diastolic = null;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).target() == Target.SYSTOLIC) {
                systolic = values[i];
            } else if (columns.get(i).target() == Target.DIASTOLIC) {
                diastolic = values[i];
            }
        }
        if ((systolic == null) != (diastolic == null)) {
            throw new Rejected(number, "a blood pressure needs both Systole and Diastole, or neither");
        }
    }
}
