package io.rightsflow.erasure;

import java.time.Instant;
import java.util.Date;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Read by profile-erasure.bpmn's timer as {@code ${erasureSettings.gracePeriod}}. */
@Named
@ApplicationScoped
public class ErasureSettings {

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
        try {
            Duration duration = DatatypeFactory.newInstance().newDuration(gracePeriod);
            Date end = Date.from(start);
            duration.addTo(end);
            return end.toInstant();
        } catch (DatatypeConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("rightsflow.erasure.grace-period must be an ISO-8601 duration such as P7D", e);
        }
    }
}
