package io.rightsflow.measurement;

import java.util.Collection;
import java.util.List;

import io.rightsflow.catalog.Category;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What a rectification (GDPR Art. 16) may change in stored readings: a value the person entered or
 * imported is corrected; a reading of the wrong person moves to the right profile; a device reading
 * is never edited (the guide), only marked as contested with the person's statement.
 */
@ApplicationScoped
public class ReadingChanges {

    /** Why this reading cannot take this corrected value, or null when it can (the checks of a manual entry). */
    public String whyNotCorrectable(MeasurementRef reading, Double value, String unit, Double systolic,
            Double diastolic) {
        if (reading.source() == MeasurementSource.DEVICE) {
            return "measurement " + reading.id() + " was measured by a device, and device data is never edited: "
                    + "ask to mark it as contested with your statement (measurementIds and statement), or to move "
                    + "it to the right profile (moveToProfileId)";
        }
        Category category = Category.findById(reading.categoryId());
        if (Category.BLOOD_PRESSURE.equals(category.id)) {
            return value == null && positive(systolic) && positive(diastolic) ? null
                    : "measurement " + reading.id() + " is a blood pressure: give systolic and diastolic in mmHg, "
                            + "above 0, and no value";
        }
        if (!positive(value) || systolic != null || diastolic != null) {
            return "measurement " + reading.id() + " needs a value above 0";
        }
        if (unit == null || !category.quantity.units().contains(unit)) {
            return "the unit of measurement " + reading.id() + " (" + category.id + ") must be one of "
                    + String.join(", ", category.quantity.units());
        }
        return null;
    }

    /**
     * Corrects a value the person entered or imported (checked with {@link #whyNotCorrectable} first)
     * and says what it was, in its base unit, for the rectification's record.
     */
    public String correct(long id, Double value, String unit, Double systolic, Double diastolic) {
        Measurement m = Measurement.findById(id);
        if (m == null || m.source == MeasurementSource.DEVICE) {
            throw new IllegalStateException("measurement " + id + " is gone or a device's");
        }
        String was = inWords(MeasurementRef.of(m));
        if (m.value == null) {
            m.systolic = systolic;
            m.diastolic = diastolic;
        } else {
            m.value = UnitConversion.toBase(value, unit);
        }
        return was;
    }

    /** Moves these readings of one profile to another; the caller has checked both are of one account. */
    public int move(Collection<Long> ids, String fromProfileId, String toProfileId) {
        return ids.isEmpty() ? 0 : Measurement.update("profileId = ?1 where id in ?2 and profileId = ?3",
                toProfileId, List.copyOf(ids), fromProfileId);
    }

    /** Marks these readings of the profile as contested by the request (its statement); the values stay. */
    public int contest(Collection<Long> ids, String profileId, String requestId) {
        return ids.isEmpty() ? 0 : Measurement.update("contestedBy = ?1 where id in ?2 and profileId = ?3",
                requestId, List.copyOf(ids), profileId);
    }

    /** A reading in words, in its base unit: "weight 72.5 kg, 2026-02-01T07:00:00Z". */
    public String inWords(MeasurementRef m) {
        if (m.value() == null) {
            return m.categoryId() + " " + fmt(m.systolic()) + "/" + fmt(m.diastolic()) + " mmHg, " + m.takenAt();
        }
        Category category = Category.findById(m.categoryId());
        return m.categoryId() + " " + fmt(m.value()) + " " + category.quantity.baseUnit() + ", " + m.takenAt();
    }

    private static String fmt(Double v) {
        return v == null ? "?" : v == Math.rint(v) ? String.valueOf(v.longValue()) : String.valueOf(v);
    }

    private static boolean positive(Double v) {
        return v != null && Double.isFinite(v) && v > 0;
    }
}
