package io.rightsflow.sharing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.rightsflow.support.MinuteData;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SharedWithMeWindowTest {

    @Inject
    AgroalDataSource db;

    @Inject
    SessionFactory sessions;

    @ConfigProperty(name = "rightsflow.sharing.max-readings")
    int maxReadings;

    @Test
    void aYearOfMinuteDataIsReadThroughABoundedWindowNotWhole() throws Exception {
        Subject owner = Subject.create("Min");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        MinuteData.insert(db, owner.mainProfileId(), "heart-rate", 60, now.minus(Duration.ofDays(365)),
                MinuteData.MINUTES_A_YEAR);
        Subject viewer = Subject.create();
        owner.api().body(Map.of("email", viewer.email())).post("/api/profiles/{id}/shares", owner.mainProfileId())
                .then().statusCode(201);

        long loadedBefore = MinuteData.measurementsLoaded(sessions);
        JsonPath dashboards = viewer.api().get("/api/shared-with-me").then().statusCode(200).body("", hasSize(1))
                .extract().jsonPath();
        long loaded = MinuteData.measurementsLoaded(sessions) - loadedBefore;

        assertTrue(loaded <= maxReadings + 1, "a call loads at most the readings it shows (and one to tell whether "
                + "there are more), not " + loaded + " of a year's " + MinuteData.MINUTES_A_YEAR);
        List<String> takenAt = dashboards.getList("[0].measurements.takenAt", String.class);
        assertEquals(maxReadings, takenAt.size());
        assertEquals(true, dashboards.getBoolean("[0].truncated"), "the period holds more than is shown");
        assertTrue(Instant.parse(takenAt.get(takenAt.size() - 1)).isAfter(now.minus(Duration.ofMinutes(2))),
                "the latest readings are shown");
        assertTrue(Instant.parse(takenAt.get(0)).isBefore(Instant.parse(takenAt.get(1))), "in time order");
    }

    @Test
    void aPeriodIsAskedWithFromAndToWithinTheLongestSpan() {
        Subject owner = Subject.create("Pat");
        owner.api().body(List.of(
                Map.of("category", "weight", "takenAt", "2026-01-10T07:00:00Z", "value", 70, "unit", "kg"),
                Map.of("category", "weight", "takenAt", "2026-02-10T07:00:00Z", "value", 71, "unit", "kg")))
                .post("/api/profiles/{id}/measurements", owner.mainProfileId()).then().statusCode(201);
        Subject viewer = Subject.create();
        owner.api().body(Map.of("email", viewer.email())).post("/api/profiles/{id}/shares", owner.mainProfileId())
                .then().statusCode(201);

        viewer.api().queryParams(Map.of("from", "2026-02-01T00:00:00Z", "to", "2026-03-01T00:00:00Z"))
                .get("/api/shared-with-me").then().statusCode(200)
                .body("[0].measurements.takenAt", equalTo(List.of("2026-02-10T07:00:00Z")))
                .body("[0].truncated", equalTo(false));
        viewer.api().queryParams(Map.of("from", "2025-01-01T00:00:00Z", "to", "2026-03-01T00:00:00Z"))
                .get("/api/shared-with-me").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("92 days"));
        viewer.api().queryParams(Map.of("from", "last year")).get("/api/shared-with-me").then().statusCode(400)
                .body("detail", containsString("from must be an instant"));
        viewer.api().queryParams(Map.of("from", "2026-03-01T00:00:00Z", "to", "2026-02-01T00:00:00Z"))
                .get("/api/shared-with-me").then().statusCode(400);
    }
}
