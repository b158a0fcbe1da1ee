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
 * Task_MarkContested: the readings keep their values (device data is never edited) and carry the
 * request whose statement contests them, in the person's view of them and in their copy.
 */
@Named
@ApplicationScoped
class MarkContested implements JavaDelegate {

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
        changes.contest(still, rectification.profileId, rectification.requestId);
        asked.forEach(i -> i.outcome = still.contains(i.measurementId) ? Outcome.CONTESTED : Outcome.GONE);
        audit.record("READINGS_CONTESTED", AuditTrail.SYSTEM, rectification.requestId, rectification.profileId,
                "measurements " + still);
    }
}
