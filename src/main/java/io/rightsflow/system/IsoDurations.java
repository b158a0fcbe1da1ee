package io.rightsflow.system;

import java.time.Instant;
import java.util.Date;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.Duration;

/**
 * ISO-8601 durations as the engine's timers read them (P7D, P1M, PT2S), so that the application
 * computes the same instant as a timer with the same setting.
 */
public final class IsoDurations {

    private IsoDurations() {
    }

    /** {@code start} plus the duration; months count as calendar months. */
    public static Instant after(Instant start, String duration, String settingName) {
        try {
            Duration parsed = DatatypeFactory.newInstance().newDuration(duration);
            Date end = Date.from(start);
            parsed.addTo(end);
            return end.toInstant();
        } catch (DatatypeConfigurationException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException(settingName + " must be an ISO-8601 duration such as P7D", e);
        }
    }
}
