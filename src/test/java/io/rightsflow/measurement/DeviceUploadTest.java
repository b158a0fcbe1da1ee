package io.rightsflow.measurement;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Subject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("database")
class DeviceUploadTest {

    static final Map<String, Object> NIGHT = Map.of("start", "2026-02-01T22:00:00Z", "end", "2026-02-02T06:00:00Z",
            "lightSeconds", 3600, "deepSeconds", 3600, "remSeconds", 3600, "awakeSeconds", 600, "wakeUps", 1);
    static final Map<String, Object> SCREENSHOT = Map.of("takenAt", "2026-02-01T12:00:00Z", "fileName", "hall.jpg",
            "sizeBytes", 1000);

    @Test
    void onlySleepSensorsSendNightsAndOnlyTheHomeCameraSendsScreenshots() {
        Subject subject = Subject.create();
        String scale = subject.addDevice(subject.mainProfileId(), "body");
        String sleep = subject.addDevice(subject.mainProfileId(), "sleep");
        String camera = subject.addDevice(subject.mainProfileId(), "home");

        subject.api().body(NIGHT).post("/api/devices/{id}/nights", scale).then()
                .statusCode(422).body("detail", containsString("only a sleep sensor"));
        subject.api().body(SCREENSHOT).post("/api/devices/{id}/screenshots", sleep).then()
                .statusCode(422).body("detail", containsString("only a home camera"));
        subject.api().body(NIGHT).post("/api/devices/{id}/nights", sleep).then().statusCode(201);
        subject.api().body(SCREENSHOT).post("/api/devices/{id}/screenshots", camera).then().statusCode(201);

        assertEquals(1, nights(subject));
        assertEquals(1, (long) QuarkusTransaction.requiringNew()
                .call(() -> CameraScreenshot.count("profileId", subject.mainProfileId())));
    }

    @Test
    void aNightMustEndAfterItStartsAndAnotherAccountsDeviceIsNotFound() {
        Subject owner = Subject.create();
        Subject stranger = Subject.create();
        String sleep = owner.addDevice(owner.mainProfileId(), "aura");

        owner.api().body(Map.of("start", "2026-02-02T06:00:00Z", "end", "2026-02-01T22:00:00Z"))
                .post("/api/devices/{id}/nights", sleep).then()
                .statusCode(400).body("detail", containsString("end must come after start"));
        stranger.api().body(NIGHT).post("/api/devices/{id}/nights", sleep).then().statusCode(404);
        assertEquals(0, nights(owner));
    }

    @Test
    void aCallAboutAnotherAccountsDeviceAnswers404NamingOnlyTheDeviceNotWhoseProfileItIs() {
        Subject owner = Subject.create();
        Subject stranger = Subject.create();
        String scale = owner.addDevice(owner.mainProfileId(), "body");
        String sleep = owner.addDevice(owner.mainProfileId(), "aura");
        String camera = owner.addDevice(owner.mainProfileId(), "home");

        for (var refusal : java.util.List.of(
                stranger.api().body(Map.of("category", "weight", "takenAt", "2026-02-01T07:00:00Z", "value", 80,
                        "unit", "kg")).post("/api/devices/{id}/measurements", scale),
                stranger.api().body(NIGHT).post("/api/devices/{id}/nights", sleep),
                stranger.api().body(SCREENSHOT).post("/api/devices/{id}/screenshots", camera),
                stranger.api().get("/api/devices/{id}/privacy", camera),
                stranger.api().body(Map.of("liveStream", true, "recording", true)).put("/api/devices/{id}/privacy", camera))) {
            refusal.then().statusCode(404)
                    .body("detail", containsString("device "))
                    .body("detail", not(containsString(owner.mainProfileId())))
                    .body("detail", not(containsString("profile")));
        }
        assertEquals(0, nights(owner));
    }

    private static long nights(Subject subject) {
        return QuarkusTransaction.requiringNew().call(() -> SleepNight.count("profileId", subject.mainProfileId()));
    }
}
