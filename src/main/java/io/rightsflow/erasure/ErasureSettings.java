package io.rightsflow.erasure;

import java.time.Instant;

import io.rightsflow.system.IsoDurations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Read by profile-erasure.bpmn's timer as {@code ${erasureSettings.gracePeriod}}. */
@Named
@ApplicationScoped
class ErasureSettings {

    @ConfigProperty(name = "rightsflow.erasure.grace-period", defaultValue = "P7D")
    String gracePeriod;

    @ConfigProperty(name = "rightsflow.erasure.purge-batch-size", defaultValue = "5000")
    int purgeBatchSize;

    /** ISO-8601, as the engine's timers take it (P7D; not PT7D). */
    public String getGracePeriod() {
        return gracePeriod;
    }

    public int purgeBatchSize() {
        return purgeBatchSize;
    }

    /** When a grace period that starts at {@code start} ends (months count as calendar months). */
    public Instant graceEnds(Instant start) {
        return IsoDurations.after(start, gracePeriod, "rightsflow.erasure.grace-period");
    }
}
