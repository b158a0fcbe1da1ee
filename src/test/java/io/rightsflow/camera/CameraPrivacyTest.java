package io.rightsflow.camera;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Subject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CameraPrivacyTest {

    static final Map<String, Object> VIDEO = Map.of("category", "video", "takenAt", "2026-02-01T12:00:00Z",
            "value", 30, "unit", "s");
    static final Map<String, Object> SCREENSHOT = Map.of("takenAt", "2026-02-01T12:00:00Z", "fileName", "hall.jpg",
            "sizeBytes", 1000);

    @Test
    void whileRecordingIsOffTheCameraRefusesVideoAndScreenshotsAndStoresNothingThenAcceptsThemAgain() {
        Subject subject = Subject.create();
        String camera = subject.addDevice(subject.mainProfileId(), "home");
        subject.api().get("/api/devices/{id}/privacy", camera).then().statusCode(200)
                .body("liveStream", equalTo(true)).body("recording", equalTo(true));

        subject.api().body(Map.of("liveStream", false, "recording", false)).put("/api/devices/{id}/privacy", camera)
                .then().statusCode(200).body("recording", equalTo(false));
        subject.api().body(VIDEO).post("/api/devices/{id}/measurements", camera).then().statusCode(409)
                .body("detail", containsString("recording is switched off"));
        subject.api().body(SCREENSHOT).post("/api/devices/{id}/screenshots", camera).then().statusCode(409);
        subject.api().get("/api/profiles/{id}/measurements?category=video", subject.mainProfileId()).then()
                .body("total", equalTo(0));

        subject.api().body(Map.of("liveStream", true, "recording", true)).put("/api/devices/{id}/privacy", camera)
                .then().statusCode(200);
        subject.api().body(VIDEO).post("/api/devices/{id}/measurements", camera).then().statusCode(201);
        subject.api().body(SCREENSHOT).post("/api/devices/{id}/screenshots", camera).then().statusCode(201);
        subject.api().get("/api/profiles/{id}/measurements?category=video", subject.mainProfileId()).then()
                .body("total", equalTo(1));
    }

    @Test
    void onlyAHomeCameraHasSwitchesAndOnlyItsOwnerSetsThem() {
        Subject subject = Subject.create();
        Subject other = Subject.create();
        String scale = subject.addDevice(subject.mainProfileId(), "body-plus");
        String camera = subject.addDevice(subject.mainProfileId(), "home");
        subject.api().body(Map.of("liveStream", false, "recording", false)).put("/api/devices/{id}/privacy", scale)
                .then().statusCode(422);
        other.api().body(Map.of("liveStream", false, "recording", false)).put("/api/devices/{id}/privacy", camera)
                .then().statusCode(404);
        subject.api().body(Map.of("recording", false)).put("/api/devices/{id}/privacy", camera).then().statusCode(400);
    }
}
