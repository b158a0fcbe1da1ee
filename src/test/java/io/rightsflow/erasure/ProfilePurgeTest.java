package io.rightsflow.erasure;

import static io.restassured.RestAssured.given;
import static io.rightsflow.support.Processes.awaitEnded;
import static io.rightsflow.support.Processes.awaitWaitingAt;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Rows;
import io.rightsflow.support.Seed;
import io.rightsflow.support.StoredArchives;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("database")
class ProfilePurgeTest {

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    MockMailbox mailbox;

    @Inject
    AgroalDataSource db;

    @Inject
    org.camunda.bpm.engine.ManagementService management;

    @AfterEach
    void reset() {
        EngineTime.reset();
        InterruptedPurge.ARMED_FOR.set(null);
        InterruptedPurge.BROKEN_FOR.set(null);
    }

    @Test
    void thePurgeLeavesNoRowOfTheProfileAndOtherProfilesAreUntouched() throws Exception {
        Subject subject = Subject.create();
        String erased = subject.addProfile("Sam");
        String kept = subject.addProfile("Kim");
        Seed.everyKindOfData(subject, erased);
        Seed.everyKindOfData(subject, kept);
        Seed.everyKindOfData(subject, subject.mainProfileId());
        String archive = exported(subject, erased);
        long keptRows = Rows.mentioning(db, kept);
        long mainRows = Rows.mentioning(db, subject.mainProfileId());

        String process = eraseAndExpire(subject, erased);

        assertEquals(0, Rows.mentioning(db, erased), "rows of the erased profile left in application tables");
        assertEquals(0, StoredArchives.chunks(db, archive), "its export archive is deleted with it");
        assertEquals(keptRows, Rows.mentioning(db, kept));
        assertEquals(mainRows, Rows.mentioning(db, subject.mainProfileId()));
        assertTrue(passedActivities(process).contains("EndEvent_ProfileErased"));
    }

    @Test
    void aPurgeInterruptedByACrashFinishesWhenTheEngineRetries() throws Exception {
        Subject subject = Subject.create();
        String erased = subject.addProfile("Sam");
        Seed.everyKindOfData(subject, erased);
        InterruptedPurge.ARMED_FOR.set(erased);

        String process = eraseAndExpire(subject, erased);

        assertEquals(0, Rows.mentioning(db, erased));
        assertTrue(history.createHistoricJobLogQuery().processInstanceId(process).failureLog().count() >= 1,
                "the interrupted batch failed once");
        assertEquals(1, Mailbox.matching(mailbox, subject.email(), "has been deleted").size());
    }

    @Test
    void aPurgeThatKeepsFailingBecomesAnIncidentAndFinishesWhenAnOperatorRetriesIt() throws Exception {
        Subject subject = Subject.create();
        String erased = subject.addProfile("Sam");
        Seed.everyKindOfData(subject, erased);
        InterruptedPurge.BROKEN_FOR.set(erased);
        String requestId = subject.eraseProfile(erased);
        String process = eraseAndMovePastGrace(requestId);

        await().atMost(Processes.PATIENCE).until(() ->
                management.createJobQuery().processInstanceId(process).withException().count() == 1);
        // Use up the retries at once rather than waiting through the whole retry cycle.
        String job = management.createJobQuery().processInstanceId(process).singleResult().getId();
        management.setJobRetries(job, 1);
        await().atMost(Processes.PATIENCE).until(() ->
                runtime.createIncidentQuery().processInstanceId(process).count() == 1);
        assertEquals("IN_PROGRESS", subject.api().get("/api/requests/{id}", requestId).then().extract().path("status"));
        io.restassured.RestAssured.given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'process-engine' }.data.openIncidents", org.hamcrest.Matchers.greaterThanOrEqualTo(1));

        InterruptedPurge.BROKEN_FOR.set(null);
        management.setJobRetries(job, 1);
        awaitEnded(history, process);
        assertEquals(0, Rows.mentioning(db, erased));
        assertEquals(0, runtime.createIncidentQuery().processInstanceId(process).count());
        assertEquals("COMPLETED", subject.api().get("/api/requests/{id}", requestId).then().extract().path("status"));
        assertTrue(passedActivities(process).contains("EndEvent_ProfileErased"));
    }

    @Test
    void processVariablesHoldIdsAndCountsButNoPersonalData() {
        Subject subject = Subject.create();
        String erased = subject.addProfile("Very Personal Name");
        Seed.everyKindOfData(subject, erased);
        String process = eraseAndExpire(subject, erased);

        List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
                .processInstanceId(process).list();
        assertFalse(variables.isEmpty());
        for (HistoricVariableInstance v : variables) {
            assertTrue(List.of("requestId", "profileId", "accountId", "purgeComplete", "reactivatedBy").contains(v.getName())
                    || v.getName().equals("purgeCounts"), "unexpected variable " + v.getName());
            String value = String.valueOf(v.getValue());
            assertFalse(value.contains("@"), v.getName() + " holds an email");
            assertFalse(value.contains("Very Personal Name"), v.getName() + " holds a name");
        }
    }

    @Test
    void reactivationRacingTheTimerHasExactlyOneOutcome() throws Exception {
        for (int delay = 0; delay <= 1500; delay += 300) {
            Subject subject = Subject.create();
            String profile = subject.addProfile("Racer");
            Seed.everyKindOfData(subject, profile);
            Instant filedAt = Instant.now();
            String requestId = subject.eraseProfile(profile);
            String process = Processes.ofRequest(requestId);
            awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");

            EngineTime.moveTo(filedAt.plus(Duration.ofDays(7)).plusSeconds(1));
            Thread.sleep(delay);
            int answer = subject.api().post("/api/profiles/{id}/reactivation", profile).statusCode();
            awaitEnded(history, process);
            EngineTime.reset();

            List<String> path = passedActivities(process);
            String status = subject.api().get("/api/requests/{id}", requestId).then().extract().path("status");
            long deletedMails = Mailbox.matching(mailbox, subject.email(), "has been deleted").size();
            long reactivatedMails = Mailbox.matching(mailbox, subject.email(), "has been reactivated").size();
            if (answer == 200) {
                assertEquals("CANCELLED", status);
                assertTrue(path.contains("EndEvent_ProfileReactivated"));
                assertFalse(path.contains("Task_PurgeProfileData"), "reactivated, then purged: " + path);
                assertTrue(Rows.mentioning(db, profile) > 0);
                subject.api().get("/api/profiles/{id}/measurements", profile).then().statusCode(200);
                assertEquals(List.of(1L, 0L), List.of(reactivatedMails, deletedMails), "told of the reactivation only");
            } else {
                assertTrue(answer == 409 || answer == 404, "the loser is told the profile is gone: " + answer);
                assertEquals("COMPLETED", status);
                assertFalse(path.contains("Task_RestoreProfile"), "purged, yet restored: " + path);
                assertEquals(0, Rows.mentioning(db, profile));
                assertEquals(List.of(0L, 1L), List.of(reactivatedMails, deletedMails), "told of the deletion only");
            }
        }
    }

    @Test
    void theErasureEndsTheProfilesOtherOpenRequestsBeforeItsDataGoes() {
        Subject subject = Subject.create();
        String erased = subject.addProfile("Sam");
        String objection = subject.fileRequest(Map.of("type", "OBJECTION", "profileId", erased,
                "purposes", List.of("CHALLENGES")));
        String newOwner = "sam-" + UUID.randomUUID() + "@example.test";
        String independence = subject.fileRequest(Map.of("type", "INDEPENDENCE", "profileId", erased,
                "newEmail", newOwner));
        String link = Mailbox.linkPath(Mailbox.await(mailbox, newOwner, "Confirm your own account").getText());

        String process = eraseAndExpire(subject, erased);

        for (String other : List.of(objection, independence)) {
            subject.api().get("/api/requests/{id}", other).then().statusCode(200)
                    .body("status", equalTo("CANCELLED"));
            // The independence link expires at the same moment as the grace period (both seven days), so
            // its own timer may end it first and its expiry mail may still be on its way: wait for the end.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(0,
                    runtime.createProcessInstanceQuery().processInstanceBusinessKey(other).count(), other));
        }
        given().get(link).then().statusCode(410);
        List<String> path = passedActivities(process);
        assertTrue(path.contains("Task_EndOtherProfileRequests"), path.toString());
        assertTrue(path.indexOf("Task_EndOtherProfileRequests") < path.indexOf("Task_PurgeProfileData"),
                "the other requests end before the first batch of data goes: " + path);
    }

    private String eraseAndExpire(Subject subject, String profileId) {
        String process = eraseAndMovePastGrace(subject.eraseProfile(profileId));
        awaitEnded(history, process);
        Mailbox.await(mailbox, subject.email(), "has been deleted");
        return process;
    }

    /** Waits for the request's grace period to begin, then moves the clock a minute past its end. */
    private String eraseAndMovePastGrace(String requestId) {
        String process = Processes.ofRequest(requestId);
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");
        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        return process;
    }

    /** Exports the profile and waits for its archive, which the purge must take with it. */
    private String exported(Subject subject, String profileId) {
        String requestId = subject.fileRequest(Map.of("type", "EXPORT", "profileId", profileId));
        await().atMost(Processes.PATIENCE).until(() -> StoredArchives.chunks(db, requestId) > 0);
        return requestId;
    }

    private List<String> passedActivities(String process) {
        return Processes.passedActivities(history, process);
    }
}
