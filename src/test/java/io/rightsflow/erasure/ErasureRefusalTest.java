package io.rightsflow.erasure;

import static io.rightsflow.support.Processes.awaitEnded;
import static io.rightsflow.support.Processes.awaitWaitingAt;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The desk refuses an erasure in its grace period (Art. 12(4)): the profile or account is restored,
 * the request REJECTED, the person mailed once. Past the grace period the purge has begun: 409.
 */
@QuarkusTest
class ErasureRefusalTest {

    static final String REASONS = "The readings are evidence in the warranty claim you filed against us.";

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    ManagementService management;

    @Inject
    MockMailbox mailbox;

    @AfterEach
    void reset() {
        EngineTime.reset();
        purgeJobs().forEach(d -> management.activateJobDefinitionById(d.getId(), true));
    }

    @Test
    void aProfileErasureRefusedInItsGracePeriodRestoresTheProfileAndMailsThePersonOnce() {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        String erasure = subject.eraseProfile(profile);
        String process = Processes.ofRequest(erasure);
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");
        Staff agent = Staff.create("agent");

        refuse(agent, erasure).statusCode(201).body("status", equalTo("REJECTED"));

        awaitEnded(history, process);
        List<String> path = Processes.passedActivities(history, process);
        assertTrue(path.containsAll(List.of("Event_ErasureRefused", "Task_RestoreRefusedProfile",
                "EndEvent_EndedByRefusal")), path.toString());
        assertTrue(!path.contains("Task_PurgeProfileData"), path.toString());
        subject.api().get("/api/accounts/{id}", subject.accountId()).then()
                .body("profiles.find { it.profileId == '" + profile + "' }.status", equalTo("ACTIVE"));
        assertRefusedOnce(subject, erasure, "request to delete a profile");
    }

    @Test
    void anAccountErasureRefusedInItsGracePeriodRestoresTheAccountAndMailsThePersonOnce() {
        Subject subject = Subject.create();
        String erasure = subject.api().body(Map.of("type", "ACCOUNT_ERASURE", "accountId", subject.accountId()))
                .post("/api/requests").then().statusCode(201).extract().path("id");
        String process = Processes.ofRequest(erasure);
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");
        subject.api().get("/api/me").then().statusCode(401);

        refuse(Staff.create("agent"), erasure).statusCode(201).body("status", equalTo("REJECTED"));

        awaitEnded(history, process);
        List<String> path = Processes.passedActivities(history, process);
        assertTrue(path.containsAll(List.of("Event_ErasureRefused", "Task_RestoreRefusedAccount",
                "EndEvent_EndedByRefusal")), path.toString());
        subject.api().get("/api/me").then().statusCode(200);
        subject.api().get("/api/accounts/{id}", subject.accountId()).then().body("status", equalTo("ACTIVE"))
                .body("profiles[0].status", equalTo("ACTIVE"));
        assertRefusedOnce(subject, erasure, "request to delete an account");
    }

    @Test
    void anErasurePastItsGracePeriodIsNoLongerRefusedAndNothingChanges() {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        purgeJobs().forEach(d -> management.suspendJobDefinitionById(d.getId(), true));
        String erasure = subject.eraseProfile(profile);
        String process = Processes.ofRequest(erasure);
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");
        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        awaitWaitingAt(runtime, process, "Task_PurgeProfileData");
        Staff agent = Staff.create("agent");

        refuse(agent, erasure).statusCode(409).body("detail", containsString("past its grace period"));

        agent.api().get("/api/requests/{id}", erasure).then().body("status", equalTo("IN_PROGRESS"));
        agent.api().get("/api/requests/{id}/refusal", erasure).then().statusCode(404);
        assertTrue(runtime.getActiveActivityIds(process).contains("Task_PurgeProfileData"));
    }

    private static io.restassured.response.ValidatableResponse refuse(Staff agent, String requestId) {
        return agent.api().body(Map.of("reasonKind", "LEGAL_EXEMPTION", "reasons", REASONS))
                .post("/api/requests/{id}/refusal", requestId).then();
    }

    private void assertRefusedOnce(Subject subject, String requestId, String inWords) {
        String text = Mailbox.await(mailbox, subject.email(), "has been refused").getText();
        String notice = history.createHistoricProcessInstanceQuery().processDefinitionKey("request-ending-notice")
                .processInstanceBusinessKey(requestId).singleResult().getId();
        awaitEnded(history, notice);
        assertEquals(1, Mailbox.matching(mailbox, subject.email(), "has been refused").size());
        assertTrue(text.contains(inWords) && text.contains(REASONS) && text.contains("Test Data Protection Authority")
                && text.contains("judicial remedy"), text);
        List<String> kinds = Staff.create("auditor").api().get("/api/audit/requests/{id}", requestId).then()
                .extract().jsonPath().getList("events.kind");
        assertTrue(kinds.containsAll(List.of("REQUEST_REFUSED", "REQUEST_REJECTED")), kinds.toString());
    }

    private List<JobDefinition> purgeJobs() {
        return management.createJobDefinitionQuery().processDefinitionKey("profile-erasure")
                .activityIdIn("Task_PurgeProfileData").list();
    }
}
