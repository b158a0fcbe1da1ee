package io.rightsflow.independence;

import java.time.Instant;
import java.util.Date;

import io.rightsflow.request.RequestRef;
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
        return Date.from(confirmBy(requests.find(requestId).receivedAt()));
    }

    Instant confirmBy(Instant receivedAt) {
        return IsoDurations.after(receivedAt, linkValidity, "rightsflow.independence.link-validity");
    }
}
