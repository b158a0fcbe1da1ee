package io.rightsflow.desk;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;

import io.rightsflow.request.RequestRef;
import io.rightsflow.request.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Read by the escalation timers of desk tasks as {@code ${deskSettings.escalateAt(requestId)}}:
 * some days before the request's due date, the desk is warned.
 */
@Named
@ApplicationScoped
public class DeskSettings {

    @Inject
    Requests requests;

    @ConfigProperty(name = "rightsflow.desk.escalate-before", defaultValue = "P5D")
    Period escalateBefore;

    @ConfigProperty(name = "rightsflow.desk.email", defaultValue = "desk@rightsflow.local")
    String deskEmail;

    public Date escalateAt(String requestId) {
        return Date.from(escalateAt(requests.find(requestId).dueAt()));
    }

    Instant escalateAt(Instant dueAt) {
        return dueAt.atZone(ZoneOffset.UTC).minus(escalateBefore).toInstant();
    }

    String deskEmail() {
        return deskEmail;
    }
}
