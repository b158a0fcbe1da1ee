package io.rightsflow.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test data: a profile with some of every kind of data the service keeps for it. */
public final class Seed {

    private Seed() {
    }

    /** Measurements from devices and by hand, a sleep night, a screenshot list, an objection with a statement. */
    public static void everyKindOfData(Subject subject, String profileId) {
        String scale = subject.addDevice(profileId, "body-plus");
        String monitor = subject.addDevice(profileId, "bpm");
        List<Map<String, Object>> readings = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            readings.add(Map.of("category", "weight", "takenAt", "2026-02-0" + day + "T07:00:00Z", "value", 80, "unit", "kg"));
            readings.add(Map.of("category", "fat-mass", "takenAt", "2026-02-0" + day + "T07:00:00Z", "value", 20, "unit", "kg"));
        }
        subject.api().body(readings).post("/api/devices/{id}/measurements", scale).then().statusCode(201);
        subject.api().body(Map.of("category", "blood-pressure", "takenAt", "2026-02-01T08:00:00Z",
                "systolic", 120, "diastolic", 80)).post("/api/devices/{id}/measurements", monitor).then().statusCode(201);
        subject.api().body(Map.of("category", "height", "takenAt", "2026-02-01T08:00:00Z", "value", 170, "unit", "cm"))
                .post("/api/profiles/{id}/measurements", profileId).then().statusCode(201);
        String aura = subject.addDevice(profileId, "aura");
        subject.api().body(Map.of("start", "2026-02-01T22:00:00Z", "end", "2026-02-02T06:00:00Z", "lightSeconds", 3600,
                "deepSeconds", 3600, "remSeconds", 3600, "awakeSeconds", 600, "wakeUps", 1))
                .post("/api/devices/{id}/nights", aura).then().statusCode(201);
        subject.fileRequest(Map.of("type", "OBJECTION", "profileId", profileId, "purposes", List.of("DIRECT_MARKETING"),
                "statement", "no adverts please"));
        String camera = subject.addDevice(profileId, "home");
        subject.api().body(Map.of("takenAt", "2026-02-01T12:00:00Z", "fileName", "hall.jpg", "sizeBytes", 1000))
                .post("/api/devices/{id}/screenshots", camera).then().statusCode(201);
    }
}
