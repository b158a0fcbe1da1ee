package io.rightsflow.measurement;

public enum MeasurementSource {
    /** Measured or computed by a device; never edited. */
    DEVICE,
    /** Entered by the person; corrected only by deleting and adding again. */
    MANUAL,
    /** Read from a CSV file. */
    IMPORT
}
