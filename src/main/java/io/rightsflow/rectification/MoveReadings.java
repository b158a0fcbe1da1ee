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
 * Task_MoveReadings: readings of the wrong person (a family scale weighed someone else) move to the
 * right profile of the same account; the trail keeps which readings went where, by id only.
 */
@Named
@ApplicationScoped
class MoveReadings implements JavaDelegate {

    @Inject
    AskedReadings asked;

    @Inject
    ReadingChanges changes;

    @Inject
    AuditTrail audit;

    @Override
    public void execute(DelegateExecution execution) {
        asked.change((String) execution.getVariable("requestId"), Outcome.MOVED, (rectification, still) -> {
            changes.move(still, rectification.profileId, rectification.moveToProfileId);
            audit.record("READINGS_MOVED", AuditTrail.SYSTEM, rectification.requestId, rectification.profileId,
                    "measurements " + still + " to profile " + rectification.moveToProfileId);
        });
    }
}
