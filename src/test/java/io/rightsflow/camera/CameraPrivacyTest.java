package io.rightsflow.camera;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CameraPrivacyTest {

    static final Map<String, Object> VIDEO = Map.of("category", "video", "takenAt", "2026-02-01T12:00:00Z",
            "value", 30, "unit", "s");
    static final Map<String, Object> SCREENSHOT = Map.of("takenAt", "2026-02-01T12:00:00Z", "fileName", "hall.jpg",
            "sizeBytes", 1000);

    @Inject
    AgroalDataSource db;

    @Test
    void whileRecordingIsOffTheCameraRefusesVideoAndScreenshotsAndStoresNothingThenAcceptsThemAgain() throws Exception {
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
        assertEquals(0, screenshotsOf(camera));

        subject.api().body(Map.of("liveStream", true, "recording", true)).put("/api/devices/{id}/privacy", camera)
                .then().statusCode(200);
        subject.api().body(VIDEO).post("/api/devices/{id}/measurements", camera).then().statusCode(201);
        subject.api().body(SCREENSHOT).post("/api/devices/{id}/screenshots", camera).then().statusCode(201);
        subject.api().get("/api/profiles/{id}/measurements?category=video", subject.mainProfileId()).then()
                .body("total", equalTo(1));
        assertEquals(1, screenshotsOf(camera));
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
        subject.api().get("/api/devices/{id}/privacy", camera).then().statusCode(200)
                .body("liveStream", equalTo(true)).body("recording", equalTo(true));
    }

    private long screenshotsOf(String deviceId) throws Exception {
        try (var connection = db.getConnection(); var query = connection.prepareStatement(
                "select count(*) from camera_screenshot where device_id = ?")) {
            query.setString(1, deviceId);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
