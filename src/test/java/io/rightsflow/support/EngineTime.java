package io.rightsflow.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Moves the one clock of Rightsflow (the engine's) and with it timers, due dates and link expiry. */
public final class EngineTime {

    private EngineTime() {
    }

    public static void moveTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    public static void moveBy(Duration duration) {
        moveTo(ClockUtil.getCurrentTime().toInstant().plus(duration));
    }

    public static void reset() {
        ClockUtil.reset();
    }
}
