package io.rightsflow.sharing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Seed;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

@QuarkusTest
class DashboardSharingTest {

    static final Set<String> SHOWN = Set.of("weight", "fat-mass", "heart-rate", "blood-pressure");

    /** The test data lies in February 2026; a dashboard shows a period, the last 30 days unless asked. */
    static final Map<String, String> FEBRUARY = Map.of("from", "2026-01-25T00:00:00Z", "to", "2026-03-01T00:00:00Z");

    @Test
    void aViewerSeesOnlyWeightFatMassHeartRateAndBloodPressureOfTheSharedProfile() {
        Subject owner = Subject.create("Owner");
        String shared = owner.addProfile("Kim");
        String notShared = owner.addProfile("Lou");
        everyManualCategory(owner, shared);
        Seed.everyKindOfData(owner, shared);
        everyManualCategory(owner, notShared);
        Subject viewer = Subject.create();
        share(owner, shared, viewer);

        List<Map<String, Object>> dashboards = viewer.api().queryParams(FEBRUARY).get("/api/shared-with-me").then()
                .statusCode(200)
                .body("", hasSize(1)).body("[0].profileId", equalTo(shared)).body("[0].name", equalTo("Kim"))
                .extract().jsonPath().getList("");
        Set<String> categories = new TreeSet<>(viewer.api().queryParams(FEBRUARY).get("/api/shared-with-me").then()
                .extract().jsonPath()
                .getList("[0].measurements.category", String.class));
        assertEquals(new TreeSet<>(SHOWN), categories, "weight, fat mass, heart rate and blood pressure, nothing else");
        assertEquals(1, dashboards.size());

        for (String profile : List.of(shared, notShared, owner.mainProfileId())) {
            for (String path : List.of("/api/profiles/{id}/measurements", "/api/profiles/{id}/shares",
                    "/api/profiles/{id}/partners", "/api/profiles/{id}/item-shares")) {
                viewer.api().get(path, profile).then().statusCode(404);
            }
            viewer.api().body(Map.of("type", "EXPORT", "profileId", profile)).post("/api/requests").then().statusCode(404);
        }
        viewer.api().get("/api/accounts/{id}", owner.accountId()).then().statusCode(404);
    }

    @Test
    void theOwnerListsAndRemovesViewersAndRemovalTakesEffectAtOnce() {
        Subject owner = Subject.create();
        everyManualCategory(owner, owner.mainProfileId());
        Subject viewer = Subject.create();
        String shareId = share(owner, owner.mainProfileId(), viewer);
        owner.api().get("/api/profiles/{id}/shares", owner.mainProfileId()).then().statusCode(200)
                .body("[0].email", equalTo(viewer.email())).body("[0].shareId", equalTo(shareId));

        owner.api().delete("/api/profiles/{id}/shares/{share}", owner.mainProfileId(), shareId).then().statusCode(204);

        viewer.api().get("/api/shared-with-me").then().statusCode(200).body("", hasSize(0));
        owner.api().get("/api/profiles/{id}/shares", owner.mainProfileId()).then().body("", hasSize(0));
    }

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    AgroalDataSource db;

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void sharingStopsWhilePendingDeletionForGoodWhenErasedAndOnceItsConsentIsWithdrawn() throws Exception {
        Subject owner = Subject.create();
        String kim = owner.addProfile("Kim");
        String lou = owner.addProfile("Lou");
        Subject viewer = Subject.create();
        share(owner, kim, viewer);
        share(owner, lou, viewer);
        viewer.api().get("/api/shared-with-me").then().body("", hasSize(2));

        String erasure = owner.eraseProfile(kim);
        owner.api().delete("/api/profiles/{id}/consents/dashboard-sharing", lou).then().statusCode(200);

        viewer.api().get("/api/shared-with-me").then().statusCode(200).body("", hasSize(0));
        owner.api().get("/api/profiles/{id}/shares", lou).then().statusCode(200).body("", hasSize(0));
        assertEquals(1, sharesOf(kim), "pending deletion: the share is held back, not yet gone");

        String process = Processes.ofRequest(erasure);
        Processes.awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");
        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        Processes.awaitEnded(history, process);
        assertEquals(0, sharesOf(kim), "erased: the share is gone for good");
        viewer.api().get("/api/shared-with-me").then().statusCode(200).body("", hasSize(0));
    }

    private long sharesOf(String profileId) throws Exception {
        try (var connection = db.getConnection(); var query = connection.prepareStatement(
                "select count(*) from dashboard_share where profile_id = ?")) {
            query.setString(1, profileId);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    @Test
    void sharingNeedsAWellFormedAddressThatIsNotTheOwnersOwn() {
        Subject owner = Subject.create();
        owner.api().body(Map.of("email", owner.email())).post("/api/profiles/{id}/shares", owner.mainProfileId())
                .then().statusCode(422);
        owner.api().body(Map.of("email", "not an address")).post("/api/profiles/{id}/shares", owner.mainProfileId())
                .then().statusCode(400);
        owner.api().get("/api/profiles/{id}/shares", owner.mainProfileId()).then().body("", hasSize(0));
    }

    @Test
    void aTimelineItemSharedOnItsOwnLeavesARecordOfWhatWithWhomAndWhen() {
        Subject owner = Subject.create();
        owner.api().body(Map.of("category", "weight", "takenAt", "2026-02-01T07:00:00Z", "value", 70, "unit", "kg"))
                .post("/api/profiles/{id}/measurements", owner.mainProfileId()).then().statusCode(201);
        String measurementId = owner.api().get("/api/profiles/{id}/measurements", owner.mainProfileId()).then()
                .extract().path("items[0].id");
        owner.api().body(Map.of("measurementId", Long.parseLong(measurementId), "sharedWith", "my coach"))
                .post("/api/profiles/{id}/item-shares", owner.mainProfileId()).then().statusCode(201);

        owner.api().get("/api/profiles/{id}/item-shares", owner.mainProfileId()).then().statusCode(200)
                .body("", hasSize(1)).body("[0].category", equalTo("weight")).body("[0].sharedWith", equalTo("my coach"))
                .body("[0].takenAt", equalTo("2026-02-01T07:00:00Z")).body("[0].sharedAt", org.hamcrest.Matchers.notNullValue());
        given().get("/api/shared-with-me").then().statusCode(401);
    }

    private static String share(Subject owner, String profileId, Subject viewer) {
        return owner.api().body(Map.of("email", viewer.email())).post("/api/profiles/{id}/shares", profileId).then()
                .statusCode(201).extract().path("shareId");
    }

    /** One reading of every category a person may enter by hand (weight, height, heart rate, SpO2, temperature, blood pressure). */
    private static void everyManualCategory(Subject subject, String profileId) {
        subject.api().body(List.of(
                Map.of("category", "weight", "takenAt", "2026-02-01T07:00:00Z", "value", 70, "unit", "kg"),
                Map.of("category", "height", "takenAt", "2026-02-01T07:00:00Z", "value", 170, "unit", "cm"),
                Map.of("category", "heart-rate", "takenAt", "2026-02-01T07:00:00Z", "value", 60, "unit", "bpm"),
                Map.of("category", "spo2", "takenAt", "2026-02-01T07:00:00Z", "value", 97, "unit", "%"),
                Map.of("category", "body-temperature", "takenAt", "2026-02-01T07:00:00Z", "value", 36.6, "unit", "°C"),
                Map.of("category", "blood-pressure", "takenAt", "2026-02-01T07:00:00Z", "systolic", 120, "diastolic", 80)))
                .post("/api/profiles/{id}/measurements", profileId).then().statusCode(201);
    }
}
