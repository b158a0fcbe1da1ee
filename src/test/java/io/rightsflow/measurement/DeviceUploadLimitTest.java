package io.rightsflow.measurement;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Subject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("database")
class DeviceUploadLimitTest {

    @ConfigProperty(name = "rightsflow.measurement.max-readings-per-upload")
    int maxReadings;

    @Test
    void aDeviceUploadOfMoreThanTheMaximumIsRefusedWholeAndStoresNothing() {
        Subject subject = Subject.create();
        String tracker = subject.addDevice(subject.mainProfileId(), "pulse");

        subject.api().body(minutesOfSteps(maxReadings + 1)).post("/api/devices/{id}/measurements", tracker).then()
                .statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("at most " + maxReadings));
        subject.api().get("/api/profiles/{id}/measurements", subject.mainProfileId()).then().statusCode(200)
                .body("items", hasSize(0));

        subject.api().body(minutesOfSteps(maxReadings)).post("/api/devices/{id}/measurements", tracker).then()
                .statusCode(201).body("measurementIds", hasSize(maxReadings));
    }

    private static List<Map<String, Object>> minutesOfSteps(int count) {
        Instant first = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(count, ChronoUnit.MINUTES);
        List<Map<String, Object>> readings = new ArrayList<>();
        for (int minute = 0; minute < count; minute++) {
            readings.add(Map.of("category", "steps", "takenAt", first.plus(minute, ChronoUnit.MINUTES).toString(),
                    "value", 10, "unit", "steps"));
        }
        return readings;
    }
}
