package io.rightsflow.measurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import io.rightsflow.account.Units;
import io.rightsflow.catalog.Category;
import io.rightsflow.catalog.Quantity;

/** Converts values between the units accepted on input, base units, and an account's units. */
public final class UnitConversion {

    /** How many base units one of each linear unit is. */
    private static final Map<String, Double> FACTORS = Map.of(
            "kg", 1.0, "lb", 0.45359237, "st", 6.35029318, "g", 0.001,
            "m", 1.0, "km", 1000.0, "mi", 1609.344, "cm", 0.01, "in", 0.0254);

    private UnitConversion() {
    }

    public static double toBase(double value, String unit) {
        if ("°F".equals(unit)) {
            return (value - 32) * 5 / 9;
        }
        return value * FACTORS.getOrDefault(unit, 1.0);
    }

    public static double fromBase(double value, String unit) {
        if ("°F".equals(unit)) {
            return value * 9 / 5 + 32;
        }
        return round(value / FACTORS.getOrDefault(unit, 1.0));
    }

    /** The unit this account sees a category in: its own weight, distance and height units. */
    public static String displayUnit(Category category, Units units) {
        Quantity quantity = category.quantity;
        return switch (quantity) {
            case MASS -> units.weight;
            case LENGTH -> switch (category.id) {
                case "height" -> "ft-in".equals(units.height) ? "in" : "cm";
                case "distance", "distance-run" -> units.distance;
                default -> quantity.baseUnit();
            };
            default -> quantity.baseUnit();
        };
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
