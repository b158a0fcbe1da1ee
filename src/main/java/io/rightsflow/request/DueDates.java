package io.rightsflow.request;

import java.time.Instant;
import java.time.ZoneOffset;

/** GDPR Art. 12(3): one calendar month from receipt (31 January gives the last day of February). */
public final class DueDates {

    private DueDates() {
    }

    public static Instant oneMonthAfter(Instant receivedAt) {
        return receivedAt.atZone(ZoneOffset.UTC).plusMonths(1).toInstant();
    }
}
