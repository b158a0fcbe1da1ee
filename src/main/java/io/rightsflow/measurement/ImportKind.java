package io.rightsflow.measurement;

import java.util.Arrays;
import java.util.List;

import io.rightsflow.account.Units;

/**
 * The files a profile may import, with their columns. The optional columns are
 * those an export writes too, so an exported file imports again without loss.
 */
enum ImportKind {
    WEIGHT("weight", "Weight"),
    BLOOD_PRESSURE("blood-pressure", "Heart rate"),
    HEIGHT("height", "Height");

    private final String id;
    private final String required;

    ImportKind(String id, String required) {
        this.id = id;
        this.required = required;
    }

    String id() {
        return id;
    }

    String required() {
        return required;
    }

    /** A column of the file: its name, what it fills, and the unit its values are in for this account. */
    record Column(String name, String category, Target target, String unit) {
    }

    enum Target { VALUE, SYSTOLIC, DIASTOLIC, COMMENT }

    List<Column> columns(Units units) {
        String weight = units.weight;
        return switch (this) {
            case WEIGHT -> List.of(
                    new Column("Weight", "weight", Target.VALUE, weight),
                    new Column("Fat mass", "fat-mass", Target.VALUE, weight),
                    new Column("Bone mass", "bone-mass", Target.VALUE, weight),
                    new Column("Muscle mass", "muscle-mass", Target.VALUE, weight),
                    new Column("Hydration", "water-mass", Target.VALUE, weight),
                    comments());
            case BLOOD_PRESSURE -> List.of(
                    new Column("Systole", "blood-pressure", Target.SYSTOLIC, "mmHg"),
                    new Column("Diastole", "blood-pressure", Target.DIASTOLIC, "mmHg"),
                    new Column("Heart rate", "heart-rate", Target.VALUE, "bpm"),
                    comments());
            case HEIGHT -> List.of(
                    new Column("Height", "height", Target.VALUE, "ft-in".equals(units.height) ? "in" : "cm"),
                    comments());
        };
    }

    static ImportKind of(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst().orElse(null);
    }

    private static Column comments() {
        return new Column("Comments", null, Target.COMMENT, null);
    }
}
