package io.rightsflow.independence;

import java.time.Instant;
import java.util.Date;

import io.rightsflow.request.Requests;
import io.rightsflow.system.IsoDurations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** independence.bpmn's timer reads {@code ${independenceSettings.confirmBy(requestId)}}: when the link expires. */
@Named
@ApplicationScoped
public class IndependenceSettings {

    @Inject
    Requests requests;

    @ConfigProperty(name = "rightsflow.independence.link-validity", defaultValue = "P7D")
    String linkValidity;

    public Date confirmBy(String requestId) {
        return Date.from(confirmByInstant(requestId));
    }

    /**
     * The link's validity counts from the request, or, for one an agent filed, from the holder's
     * approval: the time the holder took to answer is not taken from the new owner.
     */
    Instant confirmByInstant(String requestId) {
        Independence independence = Independence.findById(requestId);
        Instant from = independence != null && independence.approvedAt != null ? independence.approvedAt
                : requests.find(requestId).receivedAt();
        return IsoDurations.after(from, linkValidity, "rightsflow.independence.link-validity");
    }
}
