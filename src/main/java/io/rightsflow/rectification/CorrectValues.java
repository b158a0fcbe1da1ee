package io.rightsflow.rectification;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
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
 * Task_CorrectValues: values the person entered and the profile's name take their right value (what
 * they were stays in the record); the account's address goes through the confirmed address change.
 */
@Named
@ApplicationScoped
class CorrectValues implements JavaDelegate {

    @Inject
    Profiles profiles;

    @Inject
    Accounts accounts;

    @Inject
    Readings readings;

    @Inject
    ReadingChanges changes;

    @Inject
    AuditTrail audit;

    @Override
    public void execute(DelegateExecution execution) {
        Rectification rectification = Rectification.findById((String) execution.getVariable("requestId"));
        ProfileRef profile = rectification == null ? null : profiles.find(rectification.profileId);
        if (profile == null) {
            return; // erased meanwhile, and the rectification with it
        }
        int corrected = 0;
        for (RectificationItem item : rectification.items()) {
            if (item.outcome != null) {
                continue;
            }
            if (item.isCorrection()) {
                correctReading(item, profile);
            } else if (RectificationItem.PROFILE_NAME.equals(item.field)) {
                item.oldValue = profiles.rename(profile.id(), item.askedValue);
                item.outcome = Outcome.CORRECTED;
            } else if (RectificationItem.EMAIL.equals(item.field)) {
                // never written directly: the new address proves itself first, the current one is told
                accounts.askAddressChange(profile.accountId(), item.askedValue);
                item.outcome = Outcome.CONFIRMATION_ASKED;
            }
            corrected += item.outcome == Outcome.CORRECTED ? 1 : 0;
        }
        audit.record("RECTIFICATION_CORRECTED", AuditTrail.SYSTEM, rectification.requestId, profile.id(),
                corrected + " value(s) corrected");
    }

    private void correctReading(RectificationItem item, ProfileRef profile) {
        MeasurementRef reading = readings.find(item.measurementId);
        boolean pressure = "mmHg".equals(item.askedUnit) && item.askedValue.contains("/");
        Double value = pressure ? null : Double.valueOf(item.askedValue);
        Double systolic = pressure ? Double.valueOf(item.askedValue.split("/")[0]) : null;
        Double diastolic = pressure ? Double.valueOf(item.askedValue.split("/")[1]) : null;
        if (reading == null || !reading.profileId().equals(profile.id())
                || changes.whyNotCorrectable(reading, value, item.askedUnit, systolic, diastolic) != null) {
            item.outcome = Outcome.GONE; // deleted or moved since it was asked for
            return;
        }
        item.oldValue = changes.correct(reading.id(), value, item.askedUnit, systolic, diastolic);
        item.outcome = Outcome.CORRECTED;
    }
}
