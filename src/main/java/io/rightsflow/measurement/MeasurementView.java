package io.rightsflow.measurement;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A reading as the person sees it; {@code contested} and {@code contestedBy} (the rectification
 * request that holds the person's statement) only on a reading they contest.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeasurementView(String id, String category, Instant takenAt, Double value, String unit,
        Double systolic, Double diastolic, String comment, MeasurementSource source, String deviceId,
        Boolean contested, String contestedBy) {
}
