package io.rightsflow.rectification;

import java.util.List;

import io.rightsflow.measurement.MeasurementRef;
import io.rightsflow.measurement.Readings;
import io.rightsflow.rectification.RectificationItem.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What moving and contesting share: the readings the person named that are still the profile's
 * (deleted or moved meanwhile, they are left as they are), and each named reading's outcome.
 */
@ApplicationScoped
class AskedReadings {

    @Inject
    Readings readings;

    /**
     * Hands the readings still on the rectification's profile to {@code change}, then marks each
     * named reading {@code done} or GONE; nothing when the profile (and its rectification) is erased.
     */
    void change(String requestId, Outcome done, Change change) {
        Rectification rectification = Rectification.findById(requestId);
        if (rectification == null) {
            return; // erased meanwhile
        }
        List<RectificationItem> asked = rectification.items().stream()
                .filter(i -> i.isReading() && i.outcome == null).toList();
        List<Long> still = readings.byIds(asked.stream().map(i -> i.measurementId).toList()).stream()
                .filter(m -> m.profileId().equals(rectification.profileId)).map(MeasurementRef::id).toList();
        change.apply(rectification, still);
        asked.forEach(i -> i.outcome = still.contains(i.measurementId) ? done : Outcome.GONE);
    }

    @FunctionalInterface
    interface Change {
        void apply(Rectification rectification, List<Long> readingIds);
    }
}
