package io.rightsflow.export;

import java.util.ArrayList;
import java.util.List;

import io.rightsflow.account.Units;
import io.rightsflow.export.Sheet.Column;
import io.rightsflow.export.Sheet.Field;
import io.rightsflow.measurement.MeasurementFeed;
import io.rightsflow.measurement.MeasurementReader.ProfileDevice;

/**
 * The files of a profile's export (README "How a request runs", export), in the account's units; every temperature in
 * °C. Heart rate taken with blood pressure (by the monitor, by hand, or imported) goes with the
 * blood pressure, as the import file has it; the rest (trackers, scales, sleep sensors) has its own file.
 */
final class Sheets {

    private Sheets() {
    }

    static List<Sheet> of(Units units, List<ProfileDevice> devices) {
        String weight = units.weight;
        String distance = units.distance;
        String height = "ft-in".equals(units.height) ? "in" : "cm";
        List<Sheet> sheets = new ArrayList<>();
        sheets.add(new ActivitySheet(distance));
        sheets.add(merged("weight.csv", true,
                Column.value("Weight", "weight", weight),
                Column.value("Fat mass", "fat-mass", weight),
                Column.value("Bone mass", "bone-mass", weight),
                Column.value("Muscle mass", "muscle-mass", weight),
                Column.value("Hydration", "water-mass", weight)));
        sheets.add(new MergedSheet("blood_pressure.csv", List.of(
                new Column("Systole (mmHg)", "blood-pressure", Field.SYSTOLIC, "mmHg"),
                new Column("Diastole (mmHg)", "blood-pressure", Field.DIASTOLIC, "mmHg"),
                Column.value("Heart rate", "heart-rate", "bpm")), bloodPressureFeeds(devices), true));
        sheets.add(new SleepSheet());
        sheets.add(merged("body_temperature.csv", true, Column.value("Body temperature", "body-temperature", "°C")));
        sheets.add(merged("height.csv", true, Column.value("Height", "height", height)));
        sheets.add(merged("spo2.csv", true, Column.value("SpO2", "spo2", "%")));
        sheets.add(merged("calories.csv", false, Column.value("Calories", "burned-calories", "kcal")));
        sheets.add(merged("environment.csv", false,
                Column.value("Room temperature", "room-temperature", "°C"),
                Column.value("Luminosity", "luminosity", "lux"),
                Column.value("Sound level", "sound-level", "dB"),
                Column.value("CO2", "co2", "ppm"),
                Column.value("VOC", "voc", "ppm")));
        sheets.add(new MergedSheet("heart_rate.csv", List.of(Column.value("Heart rate", "heart-rate", "bpm")),
                devices.stream().filter(d -> !d.takesBloodPressure())
                        .map(d -> MeasurementFeed.ofDevice("heart-rate", d.id())).toList(), false));
        sheets.add(new ScreenshotSheet());
        sheets.add(new OtherSheet(List.of(
                Column.value("Distance (run)", "distance-run", distance),
                Column.value("Run data", "run-data", "s"),
                Column.value("Swimming data", "swimming-data", "s"),
                Column.value("Pulse wave velocity", "pulse-wave-velocity", "m/s"),
                Column.value("Motion", "motion", "s"),
                Column.value("Video", "video", "s"))));
        return sheets;
    }

    private static Sheet merged(String fileName, boolean comments, Column... columns) {
        List<MeasurementFeed> feeds = List.of(columns).stream().map(Column::category).distinct()
                .map(MeasurementFeed::of).toList();
        return new MergedSheet(fileName, List.of(columns), feeds, comments);
    }

    private static List<MeasurementFeed> bloodPressureFeeds(List<ProfileDevice> devices) {
        List<MeasurementFeed> feeds = new ArrayList<>();
        feeds.add(MeasurementFeed.of("blood-pressure"));
        feeds.add(MeasurementFeed.ofNoDevice("heart-rate"));
        devices.stream().filter(ProfileDevice::takesBloodPressure)
                .forEach(d -> feeds.add(MeasurementFeed.ofDevice("heart-rate", d.id())));
        return feeds;
    }
}
