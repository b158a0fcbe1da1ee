package io.rightsflow.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class DueDatesTest {

    @Test
    void aRequestIsDueOneCalendarMonthAfterReceipt() {
        assertEquals(Instant.parse("2026-04-15T10:00:00Z"), DueDates.oneMonthAfter(Instant.parse("2026-03-15T10:00:00Z")));
    }

    @Test
    void theThirtyFirstOfJanuaryIsDueOnTheLastDayOfFebruary() {
        assertEquals(Instant.parse("2026-02-28T09:30:00Z"), DueDates.oneMonthAfter(Instant.parse("2026-01-31T09:30:00Z")));
        assertEquals(Instant.parse("2028-02-29T09:30:00Z"), DueDates.oneMonthAfter(Instant.parse("2028-01-31T09:30:00Z")));
    }
}
