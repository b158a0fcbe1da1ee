package io.rightsflow.rectification;

import java.util.List;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.measurement.MeasurementRef;
import io.rightsflow.measurement.ReadingChanges;
import io.rightsflow.measurement.Readings;
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
    Readings readings;

    @Inject
    ReadingChanges changes;

    @Inject
    AuditTrail audit;

    @Override
    public void execute(DelegateExecution execution) {
        Rectification rectification = Rectification.findById((String) execution.getVariable("requestId"));
        if (rectification == null) {
            return; // erased meanwhile
        }
        List<RectificationItem> asked = rectification.items().stream()
                .filter(i -> i.isReading() && i.outcome == null).toList();
        List<Long> still = readings.byIds(asked.stream().map(i -> i.measurementId).toList()).stream()
                .filter(m -> m.profileId().equals(rectification.profileId)).map(MeasurementRef::id).toList();
        changes.move(still, rectification.profileId, rectification.moveToProfileId);
        asked.forEach(i -> i.outcome = still.contains(i.measurementId) ? Outcome.MOVED : Outcome.GONE);
        audit.record("READINGS_MOVED", AuditTrail.SYSTEM, rectification.requestId, rectification.profileId,
                "measurements " + still + " to profile " + rectification.moveToProfileId);
    }
}
