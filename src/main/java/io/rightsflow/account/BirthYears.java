package io.rightsflow.account;

import java.time.Clock;
import java.time.ZoneOffset;

/**
 * The year of birth a secondary profile may say (Art. 8): only the year, the least that tells a
 * child's profile from an adult's.
 */
public final class BirthYears {

    public static final String FIELD = "birthYear";
    static final int EARLIEST = 1900;

    private BirthYears() {
    }

    /** The year now, in UTC as consent.Children counts ages. */
    public static int thisYear(Clock clock) {
        return clock.instant().atZone(ZoneOffset.UTC).getYear();
    }

    /** What is wrong with the year, in words; null when it is one (or none is given). */
    public static String problem(Integer year, int thisYear) {
        if (year == null) {
            return null;
        }
        if (year < EARLIEST || year > thisYear) {
            return "birthYear must be a year from " + EARLIEST + " to " + thisYear + ", such as " + (thisYear - 10);
        }
        return null;
    }
}
