package io.rightsflow.measurement;

import java.time.Instant;

/** A measurement as a client sends it: {@code value} and {@code unit}, or systolic/diastolic for blood pressure. */
record MeasurementInput(String category, Instant takenAt, Double value, String unit,
        Double systolic, Double diastolic, String comment) {
}
