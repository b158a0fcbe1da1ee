package io.rightsflow.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The days the console's forms take (UTC, written 2026-11-01, as a date field sends them). */
final class ConsoleDays {

    static final String HINT = "a day such as 2026-11-01";

    private ConsoleDays() {
    }

    /** The day, or null when blank; throws {@link IllegalArgumentException} when it is not a day. */
    static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(HINT);
        }
    }

    static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the day: a period "to" a day includes that whole day. */
    static Instant after(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
