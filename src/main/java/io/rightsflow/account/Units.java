package io.rightsflow.account;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The units an account sees and exports its data in; values are stored in base units. */
@Embeddable
public class Units {

    public static final List<String> WEIGHTS = List.of("kg", "lb", "st");
    public static final List<String> DISTANCES = List.of("km", "mi");
    public static final List<String> HEIGHTS = List.of("cm", "ft-in");

    @Column(name = "weight_unit")
    public String weight = "kg";
    @Column(name = "distance_unit")
    public String distance = "km";
    @Column(name = "height_unit")
    public String height = "cm";

    public static Units defaults() {
        return new Units();
    }

    /** A copy, so that what is handed out cannot change the account's own. */
    public Units copy() {
        Units copy = new Units();
        copy.weight = weight;
        copy.distance = distance;
        copy.height = height;
        return copy;
    }

    /** What is wrong with these units, or null when they are all valid. */
    public String problem() {
        if (!WEIGHTS.contains(weight)) {
            return "units.weight must be one of " + String.join(", ", WEIGHTS);
        }
        if (!DISTANCES.contains(distance)) {
            return "units.distance must be one of " + String.join(", ", DISTANCES);
        }
        if (!HEIGHTS.contains(height)) {
            return "units.height must be one of " + String.join(", ", HEIGHTS);
        }
        return null;
    }
}
