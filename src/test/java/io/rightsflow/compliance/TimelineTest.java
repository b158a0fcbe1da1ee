package io.rightsflow.compliance;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.rightsflow.support.Desk;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.PartnerServer;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class TimelineTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    HistoryService history;

    @Inject
    RuntimeService runtime;

    @Inject
    ManagementService management;

    @Test
    void anObjectionsTimelineHoldsItsStepsMailsDecisionWithActorAndReasonAndItsDeadline() {
        Subject subject = Subject.create();
        String requestId = subject.fileRequest(Map.of("type", "OBJECTION", "profileId", subject.mainProfileId(),
                "purposes", List.of("CHALLENGES")));
        Desk desk = Desk.withNewAgent();
        desk.staff().api().body(Map.of("months", 1, "reason", "needs the legal team"))
                .post("/api/requests/{id}/extension", requestId).then().statusCode(200);
        desk.claimAndDecide(requestId, "REJECT", "the study is required by law");
        Mailbox.await(mailbox, subject.email(), "decision on your objection");

        JsonPath timeline = Staff.create("auditor").api().get("/api/audit/requests/{id}", requestId).then()
                .statusCode(200).body("request.type", equalTo("OBJECTION"))
                .body("deadline.extendedMonths", equalTo(1))
                .body("deadline.extensionReason", equalTo("needs the legal team"))
                .extract().jsonPath();
        List<String> kinds = timeline.getList("events.kind");
        assertTrue(kinds.containsAll(List.of("REQUEST_RECEIVED", "STEP_STARTED", "STEP_ENDED", "MAIL_SENT",
                "DEADLINE_EXTENDED", "DECISION")), kinds.toString());
        Map<String, String> decision = timeline.getMap("events.find { it.kind == 'DECISION' }");
        assertTrue(decision.get("actor").equals("agent:" + desk.staff().username()), decision.toString());
        assertTrue(decision.get("detail").contains("REJECT, reason: the study is required by law"), decision.toString());
        assertTrue(timeline.getList("events.detail").stream().anyMatch(d -> String.valueOf(d).contains("kind=OBJECTION_RECEIVED")));
        assertInTimeOrder(timeline);
    }

    @Test
    void anIncidentWhoseMessageCarriesAnAddressIsInTheTimelineWithTheAddressBlanked() {
        Subject subject = Subject.create();
        String requestId = subject.fileRequest(Map.of("type", "OBJECTION", "profileId", subject.mainProfileId(),
                "purposes", List.of("CHALLENGES")));
        String process = Processes.ofRequest(requestId);
        Processes.awaitWaitingAt(runtime, process, "UserTask_ReviewObjection");
        String execution = runtime.createExecutionQuery().processInstanceId(process)
                .activityId("UserTask_ReviewObjection").list().get(0).getId();
        var incident = runtime.createIncident("timeline-check", execution, null,
                "Invalid Addresses: " + subject.email() + " refused \"Jane Doe\"\n\tat com.example.Mailer.send");
        try {
            JsonPath timeline = Staff.create("auditor").api().get("/api/audit/requests/{id}", requestId).then()
                    .statusCode(200).extract().jsonPath();

            Map<String, String> shown = timeline.getMap("events.find { it.kind == 'INCIDENT' }");
            assertEquals("UserTask_ReviewObjection: Invalid Addresses: [address] refused [value]", shown.get("detail"));
            assertFalse(timeline.prettify().contains(subject.email()), "the address is nowhere in the timeline");
        } finally {
            runtime.resolveIncident(incident.getId()); // no open incident left for the operator's page tests
        }
    }

    @Test
    void anErasuresTimelineHoldsTheLinksIssuedAndUsed() {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        String requestId = subject.eraseProfile(profile);
        String reactivate = Mailbox.linkPathAfter(
                Mailbox.await(mailbox, subject.email(), "scheduled for deletion").getText(), "Changed your mind");
        given().post(reactivate).then().statusCode(200);
        Processes.awaitEnded(history, Processes.ofRequest(requestId));

        Staff.create("auditor").api().get("/api/audit/requests/{id}", requestId).then().statusCode(200)
                .body("events.kind", hasItems("LINK_ISSUED", "LINK_USED", "REQUEST_CANCELLED", "MAIL_SENT"))
                .body("request.status", equalTo("CANCELLED"))
                .body("deadline.met", equalTo(true));
    }

    @Test
    void anIncidentIsInTheTimeline() {
        PartnerServer partners = PartnerServer.get();
        partners.script("/apple-health/erasure-notices", PartnerServer.NO_ANSWER, PartnerServer.NO_ANSWER);
        try {
            Subject subject = Subject.create();
            subject.api().body(Map.of("partner", "apple-health")).post("/api/profiles/{id}/partners",
                    subject.mainProfileId()).then().statusCode(201);
            String requestId = subject.fileRequest(Map.of("type", "PARTNER_DISCONNECTION", "profileId",
                    subject.mainProfileId(), "partner", "apple-health", "notifyErasure", true));
            String process = Processes.ofRequest(requestId);
            await().atMost(Processes.PATIENCE).until(() ->
                    management.createJobQuery().processInstanceId(process).withException().count() == 1);
            management.setJobRetries(management.createJobQuery().processInstanceId(process).singleResult().getId(), 1);
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    runtime.createIncidentQuery().processInstanceId(process).count() == 1);

            Staff.create("auditor").api().get("/api/audit/requests/{id}", requestId).then().statusCode(200)
                    .body("events.find { it.kind == 'INCIDENT' }.detail", containsString("Task_SendErasureNotice"))
                    .body("events.kind", hasItems("PARTNER_ERASURE_NOTICE_FAILED", "PARTNER_REVOCATION"));
        } finally {
            partners.clearScript("/apple-health/erasure-notices");
        }
    }

    @Test
    void onlyAuditorsReadTimelines() {
        Subject subject = Subject.create();
        String requestId = subject.fileRequest(Map.of("type", "EXPORT", "profileId", subject.mainProfileId()));
        subject.api().get("/api/audit/requests/{id}", requestId).then().statusCode(403);
        Staff.create("agent").api().get("/api/audit/requests/{id}", requestId).then().statusCode(403);
        Staff.create("auditor").api().get("/api/audit/requests/{id}", "no-such-request").then().statusCode(404);
        Staff.create("auditor").api().get("/api/audit/requests/{id}", requestId).then().statusCode(200)
                .body("request.type", equalTo("EXPORT"));
    }

    private static void assertInTimeOrder(JsonPath timeline) {
        List<String> at = timeline.getList("events.at");
        for (int i = 1; i < at.size(); i++) {
            assertTrue(java.time.Instant.parse(at.get(i - 1)).compareTo(java.time.Instant.parse(at.get(i))) <= 0, at.toString());
        }
    }
}
