package io.rightsflow.hold;

import static io.rightsflow.support.Processes.awaitEnded;
import static io.rightsflow.support.Processes.awaitWaitingAt;
import static io.rightsflow.support.Processes.passedActivities;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An erasure under a legal hold waits at Gateway_WaitForHold once its grace period is over, purges
 * nothing, tells the person once why, and goes on when the hold is lifted or its end date passes.
 */
@QuarkusTest
@Tag("database")
class ErasureUnderHoldTest {

    static final Duration GRACE = Duration.ofDays(7);
    static final String HELD_MAIL = "Part of your erasure request is refused";
    static final String NOTE = "Case 2026-117, claim by Jane Roe";

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    MockMailbox mailbox;

    @Inject
    AgroalDataSource db;

    Staff officer;

    @org.junit.jupiter.api.BeforeEach
    void officer() {
        officer = Staff.create("compliance-officer");
    }

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void aHeldProfileErasureWaitsPastItsGracePeriodPurgesNothingAndFinishesOnceTheHoldIsLifted() throws Exception {
        Subject subject = Subject.create();
        String child = subject.addProfile("Charlie");
        String device = subject.addDevice(child, "body-cardio");
        for (int i = 1; i <= 3; i++) {
            subject.api().body(Map.of("category", "weight", "takenAt", "2026-01-0" + i + "T07:00:00Z", "value", 70 + i,
                    "unit", "kg")).post("/api/devices/{id}/measurements", device).then().statusCode(201);
        }
        String hold = place("PROFILE", child, "LEGAL_CLAIMS", null);
        Instant filedAt = Instant.now();
        String requestId = subject.eraseProfile(child);
        String process = Processes.ofRequest(requestId);
        Mailbox.await(mailbox, subject.email(), "scheduled for deletion");
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");

        EngineTime.moveTo(filedAt.plus(GRACE).plusSeconds(60));
        awaitWaitingAt(runtime, process, "Gateway_WaitForHold");
        Mail held = Mailbox.await(mailbox, subject.email(), HELD_MAIL);
        sleepLongerThanTheJobExecutorWaits();

        assertTrue(runtime.getActiveActivityIds(process).contains("Gateway_WaitForHold"), "still waiting for the hold");
        assertEquals(3L, measurementsOf(child), "nothing purged");
        List<String> path = passedActivities(history, process);
        assertTrue(path.contains("Gateway_UnderLegalHold") && path.contains("Task_SendErasureHeldMail"), path.toString());
        assertFalse(path.contains("Task_EndOtherProfileRequests") || path.contains("Task_PurgeProfileData"), path.toString());
        assertTrue(held.getText().contains("your profile Charlie"), held.getText());
        assertTrue(held.getText().contains("legal claims") && held.getText().contains("Art. 17(3)(e)"), held.getText());
        assertFalse(held.getText().contains("Jane Roe") || held.getHtml().contains("Jane Roe"), "never the staff note");
        assertTrue(held.getText().contains("no end date"), held.getText());
        subject.api().get("/api/requests/{id}", requestId).then().body("status", equalTo("IN_PROGRESS"));

        lift(hold);
        awaitEnded(history, process);

        assertEquals(1, Mailbox.matching(mailbox, subject.email(), HELD_MAIL).size(), "told once");
        assertEquals(0L, measurementsOf(child), "the data is gone");
        List<String> after = passedActivities(history, process);
        assertTrue(after.contains("Event_HoldLifted") && after.contains("EndEvent_ProfileErased"), after.toString());
        subject.api().get("/api/requests/{id}", requestId).then().body("status", equalTo("COMPLETED"));
        Mailbox.await(mailbox, subject.email(), "Your profile has been deleted");
    }

    @Test
    void aHoldOnTheAccountHoldsItsProfilesErasureAndTheErasureWaitsUntilTheLastHoldIsLifted() throws Exception {
        Subject subject = Subject.create();
        String child = subject.addProfile("Robin");
        String onAccount = place("ACCOUNT", subject.accountId(), "LEGAL_OBLIGATION", null);
        String onProfile = place("PROFILE", child, "LEGAL_CLAIMS", null);
        Instant filedAt = Instant.now();
        String requestId = subject.eraseProfile(child);
        String process = Processes.ofRequest(requestId);
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");

        EngineTime.moveTo(filedAt.plus(GRACE).plusSeconds(60));
        awaitWaitingAt(runtime, process, "Gateway_WaitForHold");
        Mail held = Mailbox.await(mailbox, subject.email(), HELD_MAIL);
        assertTrue(held.getText().contains("required by law") && held.getText().contains("Art. 17(3)(b)"), held.getText());

        lift(onProfile);
        await(() -> passedActivities(history, process).stream().filter("Gateway_WaitForHold"::equals).count() == 2);
        awaitWaitingAt(runtime, process, "Gateway_WaitForHold");
        assertEquals(1, Mailbox.matching(mailbox, subject.email(), HELD_MAIL).size(), "checked again, not told again");
        assertEquals("IN_PROGRESS", statusOf(subject, requestId), "the account's hold still stands");

        lift(onAccount);
        awaitEnded(history, process);
        assertEquals("COMPLETED", statusOf(subject, requestId));
        assertEquals(1, Mailbox.matching(mailbox, subject.email(), HELD_MAIL).size());
    }

    @Test
    void aHoldWithAnEndDateLetsTheErasureGoOnWhenTheDatePasses() throws Exception {
        Subject subject = Subject.create();
        String child = subject.addProfile("Alex");
        Instant filedAt = Instant.now();
        Instant until = filedAt.plus(GRACE).plus(Duration.ofDays(3));
        place("PROFILE", child, "LEGAL_OBLIGATION", until.toString());
        String requestId = subject.eraseProfile(child);
        String process = Processes.ofRequest(requestId);
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");

        EngineTime.moveTo(filedAt.plus(GRACE).plusSeconds(60));
        awaitWaitingAt(runtime, process, "Gateway_WaitForHold");
        Mail held = Mailbox.await(mailbox, subject.email(), HELD_MAIL);
        assertTrue(held.getText().contains("planned to end on"), held.getText());

        EngineTime.moveTo(until.plusSeconds(60));
        awaitEnded(history, process);
        assertTrue(passedActivities(history, process).contains("Event_HoldEndDatePassed"));
        assertEquals("COMPLETED", statusOf(subject, requestId));
    }

    @Test
    void aHeldAccountErasureKeepsTheAccountUntilTheHoldIsLifted() {
        Subject subject = Subject.create();
        String hold = place("ACCOUNT", subject.accountId(), "LEGAL_CLAIMS", null);
        Instant filedAt = Instant.now();
        String requestId = subject.fileRequest(Map.of("type", "ACCOUNT_ERASURE", "accountId", subject.accountId()));
        String process = Processes.ofRequest(requestId);
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");
        Mailbox.await(mailbox, subject.email(), "Your account is scheduled for deletion");

        EngineTime.moveTo(filedAt.plus(GRACE).plusSeconds(60));
        awaitWaitingAt(runtime, process, "Gateway_WaitForHold");
        Mail held = Mailbox.await(mailbox, subject.email(), HELD_MAIL);
        assertTrue(held.getText().contains("your account"), held.getText());
        Staff auditor = Staff.create("auditor");
        auditor.api().get("/api/accounts/{id}", subject.accountId()).then().statusCode(200)
                .body("status", equalTo("PENDING_DELETION"));

        lift(hold);
        awaitEnded(history, process);
        Mailbox.await(mailbox, subject.email(), "Your account has been deleted");
        auditor.api().get("/api/accounts/{id}", subject.accountId()).then().statusCode(404);
        assertTrue(passedActivities(history, process).contains("Event_HoldLifted"));
    }

    private String place(String type, String id, String reason, String until) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("subjectType", type, "subjectId", id, "reason", reason,
                "note", NOTE));
        if (until != null) {
            body.put("until", until);
        }
        return officer.api().body(body).post("/api/holds").then().statusCode(201).extract().path("id");
    }

    private void lift(String holdId) {
        officer.api().body(Map.of("reason", "the claim was settled")).post("/api/holds/{id}/lifting", holdId)
                .then().statusCode(200).body("current", equalTo(false));
    }

    private static String statusOf(Subject subject, String requestId) {
        return subject.api().get("/api/requests/{id}", requestId).then().extract().path("status");
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) {
        org.awaitility.Awaitility.await().atMost(Processes.PATIENCE).until(condition);
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

    private static void sleepLongerThanTheJobExecutorWaits() {
        try {
            Thread.sleep(2500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
