package io.rightsflow.measurement;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/** Reads stored measurements for the other features (dashboards, challenges, partner deliveries). */
@ApplicationScoped
public class Readings {

    /** The measurement, or null when there is none (any more). */
    public MeasurementRef find(long id) {
        return MeasurementRef.of(Measurement.findById(id));
    }

    /** Those of these ids that still exist, in time order. */
    public List<MeasurementRef> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : Measurement.<Measurement>list("id in ?1 order by takenAt, id", List.copyOf(ids))
                .stream().map(MeasurementRef::of).toList();
    }

    /** A profile's measurements of these categories, in time order. */
    public List<MeasurementRef> of(String profileId, Collection<String> categories) {
        return Measurement.<Measurement>list("profileId = ?1 and categoryId in ?2 order by takenAt", profileId,
                categories).stream().map(MeasurementRef::of).toList();
    }

    /** A profile's measurements of these categories taken since then. */
    public List<MeasurementRef> of(String profileId, Collection<String> categories, Instant since) {
        return Measurement.<Measurement>list("profileId = ?1 and categoryId in ?2 and takenAt >= ?3", profileId,
                categories, since).stream().map(MeasurementRef::of).toList();
    }
}
