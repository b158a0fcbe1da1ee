package io.rightsflow.measurement;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeasurementView(String id, String category, Instant takenAt, Double value, String unit,
        Double systolic, Double diastolic, String comment, MeasurementSource source, String deviceId) {
}
