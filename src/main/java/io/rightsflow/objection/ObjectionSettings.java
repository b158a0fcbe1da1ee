package io.rightsflow.objection;

import java.time.Instant;

import io.rightsflow.system.IsoDurations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** objection.bpmn reads {@code ${objectionSettings.liftNotice}}: how long before lifting a restriction the person is told. */
@Named
@ApplicationScoped
class ObjectionSettings {

    @ConfigProperty(name = "rightsflow.objection.lift-notice", defaultValue = "P14D")
    String liftNotice;

    public String getLiftNotice() {
        return liftNotice;
    }

    Instant liftsAt(Instant decidedAt) {
        return IsoDurations.after(decidedAt, liftNotice, "rightsflow.objection.lift-notice");
    }
}
