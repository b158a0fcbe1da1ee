package io.rightsflow.export;

import java.util.HashMap;
import java.util.Map;

import io.rightsflow.support.Subject;

/** Puts data of every kind into a profile over the API, as devices and people do. */
record Measurements(Subject subject, String profileId) {

    static Measurements of(Subject subject, String profileId) {
        return new Measurements(subject, profileId);
    }

    void everyKind() {
        weight("2026-01-10T07:00:00Z", 160, "lb", "=1+2");
        String scale = subject.addDevice(profileId, "body-cardio");
        device(scale, reading("weight", "2026-01-11T07:00:00Z", 72, "kg"), reading("fat-mass", "2026-01-11T07:00:00Z", 15, "kg"));
        String monitor = subject.addDevice(profileId, "bpm");
        Map<String, Object> pressure = new HashMap<>(Map.of("category", "blood-pressure", "takenAt", "2026-01-12T08:00:00Z",
                "systolic", 120, "diastolic", 80, "comment", "after a run, tired"));
        device(monitor, pressure, reading("heart-rate", "2026-01-12T08:00:00Z", 70, "bpm"));
        String thermometer = subject.addDevice(profileId, "thermo");
        device(thermometer, reading("body-temperature", "2026-01-13T06:00:00Z", 98.6, "°F"));
        String aura = subject.addDevice(profileId, "aura");
        device(aura, reading("room-temperature", "2026-01-14T03:00:00Z", -5, "°C"));
        manual(reading("height", "2026-01-09T09:00:00Z", 70, "in"));
        String tracker = subject.addDevice(profileId, "pulse");
        device(tracker, reading("heart-rate", "2026-01-15T00:01:00Z", 61, "bpm"),
                reading("heart-rate", "2026-01-15T00:02:00Z", 63, "bpm"),
                reading("steps", "2026-01-15T10:00:00Z", 4000, "steps"),
                reading("steps", "2026-01-15T18:00:00Z", 5000, "steps"),
                reading("distance", "2026-01-15T18:00:00Z", 8, "km"));
        subject.api().body(Map.of("start", "2026-01-15T22:30:00Z", "end", "2026-01-16T06:30:00Z", "lightSeconds", 14400,
                "deepSeconds", 7200, "remSeconds", 5400, "awakeSeconds", 1800, "wakeUps", 2))
                .post("/api/devices/{id}/nights", aura).then().statusCode(201);
        String camera = subject.addDevice(profileId, "home");
        subject.api().body(Map.of("takenAt", "2026-01-16T12:00:00Z", "fileName", "front-door.jpg", "sizeBytes", 48213))
                .post("/api/devices/{id}/screenshots", camera).then().statusCode(201);
    }

    void weight(String takenAt, double value, String unit, String comment) {
        Map<String, Object> body = reading("weight", takenAt, value, unit);
        if (comment != null) {
            body.put("comment", comment);
        }
        manual(body);
    }

    static Map<String, Object> reading(String category, String takenAt, double value, String unit) {
        return new HashMap<>(Map.of("category", category, "takenAt", takenAt, "value", value, "unit", unit));
    }

    @SafeVarargs
    private void device(String deviceId, Map<String, Object>... readings) {
        subject.api().body(java.util.List.of(readings)).post("/api/devices/{id}/measurements", deviceId)
                .then().statusCode(201);
    }

    private void manual(Map<String, Object> reading) {
        subject.api().body(java.util.List.of(reading)).post("/api/profiles/{id}/measurements", profileId)
                .then().statusCode(201);
    }
}
