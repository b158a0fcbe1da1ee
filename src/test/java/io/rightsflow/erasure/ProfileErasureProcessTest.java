package io.rightsflow.erasure;

import static io.restassured.RestAssured.given;
import static io.rightsflow.support.Processes.awaitEnded;
import static io.rightsflow.support.Processes.awaitWaitingAt;
import static io.rightsflow.support.Processes.passedActivities;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.request.DataRequest;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("database")
class ProfileErasureProcessTest {

    static final Duration GRACE = Duration.ofDays(7);

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    MockMailbox mailbox;

    @Inject
    AgroalDataSource db;

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void aProfileIsHiddenAtOnceAndTheScheduledMailOffersSaveAndReactivateLinks() {
        Subject subject = Subject.create();
        String child = subject.addProfile("Charlie");
        String requestId = subject.eraseProfile(child);

        subject.api().get("/api/accounts/{id}", subject.accountId()).then()
                .body("profiles.find { it.profileId == '" + child + "' }.status", equalTo("PENDING_DELETION"));
        subject.api().get("/api/requests/{id}", requestId).then()
                .body("status", equalTo("GRACE_PERIOD"))
                .body("type", equalTo("PROFILE_ERASURE"))
                .body("channel", equalTo("SELF_SERVICE"));
        subject.api().get("/api/profiles/{id}/measurements", child).then().statusCode(409);

        Mail mail = Mailbox.await(mailbox, subject.email(), "scheduled for deletion");
        assertTrue(mail.getHtml().contains("Charlie"));
        String save = Mailbox.linkPathAfter(mail.getText(), "Get a copy of this profile's data");
        String reactivate = Mailbox.linkPathAfter(mail.getText(), "Changed your mind?");
        assertNotEquals(save, reactivate, "a link for each");
        given().get(save).then().statusCode(200).body(containsString("Send me my data"));
        given().get(reactivate).then().statusCode(200).body(containsString("Reactivate my profile"));
    }

    @Test
    void aProfilePendingDeletionTakesNoNewDataAndShowsNone() {
        Subject subject = Subject.create();
        String child = subject.addProfile("Charlie");
        String device = subject.addDevice(child, "body");
        subject.eraseProfile(child);

        subject.api().body(Map.of("category", "weight", "takenAt", "2026-01-01T07:00:00Z", "value", 30, "unit", "kg"))
                .post("/api/devices/{id}/measurements", device).then()
                .statusCode(409).body("detail", containsString("pending deletion"));
        subject.api().body(Map.of("category", "weight", "takenAt", "2026-01-01T07:00:00Z", "value", 30, "unit", "kg"))
                .post("/api/profiles/{id}/measurements", child).then().statusCode(409);
        subject.api().body(Map.of("product", "thermo")).post("/api/profiles/{id}/devices", child).then().statusCode(409);
        subject.api().get("/api/profiles/{id}/measurements", child).then().statusCode(409);
        assertEquals(0L, (long) io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> io.rightsflow.measurement.Measurement.count("profileId", child)));
    }

    @Test
    void theProfileStaysUntilJustBeforeTheGracePeriodEndsAndIsPurgedJustAfter() throws Exception {
        Subject subject = Subject.create();
        String child = subject.addProfile("Charlie");
        String device = subject.addDevice(child, "body-cardio");
        for (int i = 0; i < 10; i++) {
            subject.api().body(Map.of("category", "weight", "takenAt", "2026-01-0" + (i % 9 + 1) + "T07:00:00Z",
                    "value", 70 + i, "unit", "kg")).post("/api/devices/{id}/measurements", device)
                    .then().statusCode(201);
        }
        Instant filedAt = Instant.now();
        String requestId = subject.eraseProfile(child);
        String process = Processes.ofRequest(requestId);
        Mailbox.await(mailbox, subject.email(), "scheduled for deletion");
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired"); // the grace period starts once the mail is out

        EngineTime.moveTo(filedAt.plus(GRACE).minusSeconds(60));
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");
        sleepLongerThanTheJobExecutorWaits();
        assertTrue(runtime.getActiveActivityIds(process).contains("Event_GracePeriodExpired"), "still waiting");
        assertEquals("GRACE_PERIOD", statusOf(subject, requestId));
        subject.api().get("/api/accounts/{id}", subject.accountId()).then().body("profiles", hasSize(2))
                .body("profiles.find { it.profileId == '" + child + "' }.status", equalTo("PENDING_DELETION"));
        assertEquals(10L, measurementsOf(child), "its data is all there");

        EngineTime.moveTo(filedAt.plus(GRACE).plusSeconds(60));
        awaitEnded(history, process);

        List<String> path = passedActivities(history, process);
        assertTrue(path.contains("Event_GracePeriodExpired"));
        assertTrue(path.contains("Task_RemoveProfile"));
        assertTrue(path.contains("Task_SendProfileDeletionCompletedMail"));
        assertTrue(path.contains("EndEvent_ProfileErased"));
        assertFalse(path.contains("Task_RestoreProfile"));
        assertTrue(path.stream().filter("Task_PurgeProfileData"::equals).count() >= 3,
                "10 measurements and a device in batches of 4 take three rounds: " + path);

        subject.api().get("/api/requests/{id}", requestId).then()
                .body("status", equalTo("COMPLETED"))
                .body("completedAt", org.hamcrest.Matchers.notNullValue());
        subject.api().get("/api/accounts/{id}", subject.accountId()).then().body("profiles", hasSize(1));
        subject.api().get("/api/profiles/{id}/measurements", child).then().statusCode(404);
        assertEquals(0L, measurementsOf(child));
        Mailbox.await(mailbox, subject.email(), "has been deleted");
    }

    @Test
    void reactivationFromTheAccountScreenRestoresTheProfileExactly() {
        Subject subject = Subject.create();
        String child = subject.addProfile("Charlie");
        String device = subject.addDevice(child, "thermo");
        subject.api().body(Map.of("category", "body-temperature", "takenAt", "2026-03-01T07:00:00Z",
                "value", 37.2, "unit", "°C", "comment", "after a run")).post("/api/devices/{id}/measurements", device);
        String before = subject.api().get("/api/profiles/{id}/measurements", child).asString();

        String requestId = subject.eraseProfile(child);
        String process = Processes.ofRequest(requestId);
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");

        subject.api().post("/api/profiles/{id}/reactivation", child).then().statusCode(200)
                .body("requestId", equalTo(requestId));

        awaitEnded(history, process);
        assertTrue(passedActivities(history, process).contains("EndEvent_ProfileReactivated"));
        assertFalse(passedActivities(history, process).contains("Task_PurgeProfileData"));
        assertEquals("CANCELLED", statusOf(subject, requestId));
        assertEquals(before, subject.api().get("/api/profiles/{id}/measurements", child).asString());
        subject.api().get("/api/accounts/{id}", subject.accountId()).then()
                .body("profiles.find { it.profileId == '" + child + "' }.status", equalTo("ACTIVE"));
        Mailbox.await(mailbox, subject.email(), "has been reactivated");

        subject.api().post("/api/profiles/{id}/reactivation", child).then().statusCode(409)
                .body("detail", containsString("nothing to reactivate"));
    }

    @Test
    void nobodyElseCanReactivateTheProfile() {
        Subject subject = Subject.create();
        String child = subject.addProfile("Charlie");
        String requestId = subject.eraseProfile(child);
        Subject other = Subject.create();
        other.api().post("/api/profiles/{id}/reactivation", child).then().statusCode(404);
        other.api().delete("/api/requests/{id}", requestId).then().statusCode(404);
        given().post("/api/profiles/{id}/reactivation", child).then().statusCode(401);
        assertEquals("GRACE_PERIOD", statusOf(subject, requestId));
        assertEquals("PENDING_DELETION", profileStatus(subject, child));
    }

    @Test
    void reactivationRightAfterFilingWinsWhileTheScheduledMailIsStillGoingOut() {
        for (int round = 0; round < 8; round++) {
            Subject subject = Subject.create();
            String child = subject.addProfile("Quick");
            String requestId = subject.eraseProfile(child);
            subject.api().post("/api/profiles/{id}/reactivation", child).then().statusCode(200);
            String process = Processes.ofRequest(requestId);
            awaitEnded(history, process);
            assertEquals("CANCELLED", statusOf(subject, requestId));
            assertEquals("ACTIVE", profileStatus(subject, child), "round " + round);
            assertFalse(passedActivities(history, process).contains("Task_PurgeProfileData"));
        }
    }

    @Test
    void cancellingTheRequestReactivatesTheProfile() {
        Subject subject = Subject.create();
        String child = subject.addProfile("Charlie");
        String requestId = subject.eraseProfile(child);
        awaitWaitingAt(runtime, Processes.ofRequest(requestId), "Event_GracePeriodExpired");

        subject.api().delete("/api/requests/{id}", requestId).then().statusCode(202)
                .body("status", equalTo("CANCELLED"));
        subject.api().delete("/api/requests/{id}", requestId).then().statusCode(409);
        String process = Processes.ofRequest(requestId);
        awaitEnded(history, process);

        assertEquals("ACTIVE", profileStatus(subject, child), "the profile is active again");
        subject.api().get("/api/profiles/{id}/measurements", child).then().statusCode(200);
        assertEquals("CANCELLED", statusOf(subject, requestId));
        List<String> path = passedActivities(history, process);
        assertTrue(path.contains("EndEvent_ProfileReactivated"), path.toString());
        assertFalse(path.contains("Task_PurgeProfileData"), path.toString());
        Mailbox.await(mailbox, subject.email(), "has been reactivated");
    }

    @Test
    void theMainProfileIsErasedOnlyWithItsAccount() {
        Subject subject = Subject.create();
        subject.api().body(Map.of("type", "PROFILE_ERASURE", "profileId", subject.mainProfileId()))
                .post("/api/requests").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("ACCOUNT_ERASURE"));
        assertEquals("ACTIVE", profileStatus(subject, subject.mainProfileId()));
        assertEquals(0L, (long) io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> DataRequest.count("accountId", subject.accountId())));
    }

    @Test
    void aProfileAlreadyPendingDeletionCannotBeErasedTwice() {
        Subject subject = Subject.create();
        String child = subject.addProfile("Charlie");
        subject.eraseProfile(child);
        subject.api().body(Map.of("type", "PROFILE_ERASURE", "profileId", child)).post("/api/requests").then()
                .statusCode(409).body("detail", containsString("already pending deletion"));
        subject.api().get("/api/requests?type=PROFILE_ERASURE").then().statusCode(200).body("size()", equalTo(1));
    }

    private static void sleepLongerThanTheJobExecutorWaits() {
        try {
            Thread.sleep(2500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String statusOf(Subject subject, String requestId) {
        return subject.api().get("/api/requests/{id}", requestId).then().extract().path("status");
    }

    private static String profileStatus(Subject subject, String profileId) {
        return subject.api().get("/api/accounts/{id}", subject.accountId()).then().statusCode(200)
                .extract().path("profiles.find { it.profileId == '" + profileId + "' }.status");
    }

    private long measurementsOf(String profileId) throws Exception {
        try (var connection = db.getConnection();
                var query = connection.prepareStatement("select count(*) from measurement where profile_id = ?")) {
            query.setString(1, profileId);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
