package io.rightsflow.measurement;

import java.time.Instant;

/** One stored value as the other features see it, in the base unit of its quantity. */
public record MeasurementRef(long id, String profileId, String deviceId, String categoryId, MeasurementSource source,
        Instant takenAt, Double value, Double systolic, Double diastolic, String comment) {

    static MeasurementRef of(Measurement m) {
        return m == null ? null : new MeasurementRef(m.id, m.profileId, m.deviceId, m.categoryId, m.source, m.takenAt,
                m.value, m.systolic, m.diastolic, m.comment);
    }
}
