package io.rightsflow.measurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the pages write values and times: at most two decimals, times in UTC as the import files have them. */
final class Figures {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Figures() {
    }

    static String number(Double value) {
        if (value == null) {
            return "";
        }
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** "72.5 kg", or "120/80 mmHg" for a blood pressure. */
    static String value(MeasurementView m) {
        if (m.value() == null) {
            return number(m.systolic()) + "/" + number(m.diastolic()) + " " + m.unit();
        }
        return number(m.value()) + " " + m.unit();
    }

    static String source(MeasurementSource source) {
        return switch (source) {
            case DEVICE -> "Device (cannot be edited)";
            case MANUAL -> "Entered by you";
            case IMPORT -> "Imported";
        };
    }
}
