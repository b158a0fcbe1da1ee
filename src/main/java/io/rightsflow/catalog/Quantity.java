package io.rightsflow.catalog;

import java.util.List;

/** What a category's values measure, with its base unit and the units accepted on input. */
public enum Quantity {
    MASS("kg", "kg", "lb", "st", "g"),
    LENGTH("m", "m", "km", "mi", "cm", "in"),
    TEMPERATURE("°C", "°C", "°F"),
    HEART_RATE("bpm", "bpm"),
    PERCENT("%", "%"),
    PRESSURE("mmHg", "mmHg"),
    SPEED("m/s", "m/s"),
    ENERGY("kcal", "kcal"),
    COUNT("steps", "steps"),
    CONCENTRATION("ppm", "ppm"),
    ILLUMINANCE("lux", "lux"),
    SOUND("dB", "dB"),
    DURATION("s", "s"),
    /** Not a measurement at all (unit preferences live on the account). */
    SETTING(null);

    private final String baseUnit;
    private final List<String> units;

    Quantity(String baseUnit, String... units) {
        this.baseUnit = baseUnit;
        this.units = units == null ? List.of() : List.of(units);
    }

    public String baseUnit() {
        return baseUnit;
    }

    public List<String> units() {
        return units;
    }
}
