package io.rightsflow.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock of Rightsflow: the engine's. Due dates, link expiry and timers all read it, so a
 * test that moves the engine clock moves the whole application with it.
 */
final class EngineClock extends Clock {

    private final ZoneId zone;

    EngineClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new EngineClock(zone);
    }

    @Override
    public Instant instant() {
        return ClockUtil.now().toInstant();
    }

    @ApplicationScoped
    static class Producer {
        @Produces
        @ApplicationScoped
        Clock clock() {
            return new EngineClock(ZoneOffset.UTC);
        }
    }
}
