package io.rightsflow.support;

import java.time.Duration;
import java.time.Instant;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Moves the one clock of Rightsflow (the engine's) and with it timers, due dates and link expiry. */
public final class EngineTime {

    private EngineTime() {
    }

    /** From now on the clock reads this instant, and keeps ticking (retries and timers still come due). */
    public static void moveTo(Instant instant) {
        ClockUtil.reset();
        ClockUtil.offset(instant.toEpochMilli() - System.currentTimeMillis());
    }

    public static void moveBy(Duration duration) {
        moveTo(ClockUtil.getCurrentTime().toInstant().plus(duration));
    }

    public static void reset() {
        ClockUtil.reset();
    }
}
