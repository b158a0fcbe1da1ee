package io.rightsflow.rectification;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.measurement.ReadingChanges;
import io.rightsflow.rectification.RectificationItem.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_MarkContested: the readings keep their values (device data is never edited) and carry the
 * request whose statement contests them, in the person's view of them and in their copy.
 */
@Named
@ApplicationScoped
class MarkContested implements JavaDelegate {

    @Inject
    AskedReadings asked;

    @Inject
    ReadingChanges changes;

    @Inject
    AuditTrail audit;

    @Override
    public void execute(DelegateExecution execution) {
        asked.change((String) execution.getVariable("requestId"), Outcome.CONTESTED, (rectification, still) -> {
            changes.contest(still, rectification.profileId, rectification.requestId);
            audit.record("READINGS_CONTESTED", AuditTrail.SYSTEM, rectification.requestId, rectification.profileId,
                    "measurements " + still);
        });
    }
}
