package io.rightsflow.rectification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One thing a rectification asks about: a reading (to move or contest: no asked value; to correct:
 * its right value) or an account field with its right value. What a corrected thing was before
 * is kept here, so that the record shows what changed.
 */
@Entity
public class RectificationItem extends PanacheEntityBase {

    static final String PROFILE_NAME = "profileName";
    static final String EMAIL = "email";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String requestId;
    public Long measurementId;
    public String field;
    /** The right value: a number, or "systolic/diastolic" for a blood pressure; the field's text. */
    public String askedValue;
    public String askedUnit;
    public String oldValue;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    /** What was done with the item, once done. */
    public enum Outcome {
        CORRECTED, MOVED, CONTESTED, CONFIRMATION_ASKED, GONE
    }

    boolean isReading() {
        return measurementId != null && askedValue == null;
    }

    boolean isCorrection() {
        return measurementId != null && askedValue != null;
    }
}
