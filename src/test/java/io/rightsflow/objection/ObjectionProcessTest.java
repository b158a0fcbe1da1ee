package io.rightsflow.objection;

import static io.rightsflow.support.Processes.awaitEnded;
import static io.rightsflow.support.Processes.awaitWaitingAt;
import static io.rightsflow.support.Processes.passedActivities;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.consent.ProcessingPolicy;
import io.rightsflow.consent.Purpose;
import io.rightsflow.support.Desk;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ObjectionProcessTest {

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    TaskService tasks;

    @Inject
    MockMailbox mailbox;

    @Inject
    ProcessingPolicy policy;

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void anObjectionToDirectMarketingIsAppliedAtOnceWithoutAnyTask() {
        Subject subject = Subject.create();
        subject.consentTo("direct-marketing");
        assertTrue(policy.allows(subject.mainProfileId(), Purpose.DIRECT_MARKETING), "consented to");
        String requestId = object(subject, List.of("DIRECT_MARKETING"));
        String process = Processes.ofRequest(requestId);

        subject.api().get("/api/requests/{id}", requestId).then().body("status", equalTo("COMPLETED"));
        assertFalse(policy.allows(subject.mainProfileId(), Purpose.DIRECT_MARKETING));
        assertEquals(Restriction.Status.PERMANENT, restriction(subject, Purpose.DIRECT_MARKETING).status);
        assertEquals(0, tasks.createTaskQuery().processInstanceId(process).count(), "no review task");
        awaitEnded(history, process);
        assertEquals(List.of("StartEvent_ObjectionReceived", "Task_RestrictProcessing", "Gateway_ReviewNeeded",
                "Gateway_Accepted", "Task_SendObjectionAcceptedMail", "EndEvent_ObjectionAccepted"),
                passedActivities(history, process));
        assertTrue(Mailbox.await(mailbox, subject.email(), "decision on your objection").getText()
                .contains("is accepted"));
    }

    @Test
    void anotherPurposeIsRestrictedAtOnceWhileAnAgentReviewsItAndStaysRestrictedWhenAccepted() {
        Subject subject = Subject.create();
        assertTrue(policy.allows(subject.mainProfileId(), Purpose.CHALLENGES), "legitimate interest: on until objected to");
        String requestId = object(subject, List.of("CHALLENGES"));
        String process = Processes.ofRequest(requestId);

        subject.api().get("/api/requests/{id}", requestId).then().body("status", equalTo("IN_REVIEW"));
        assertFalse(policy.allows(subject.mainProfileId(), Purpose.CHALLENGES), "restricted during the review");
        assertTrue(policy.allows(subject.mainProfileId(), Purpose.SERVICE), "what was not objected to");
        Mailbox.await(mailbox, subject.email(), "received your objection");

        Desk.withNewAgent().claimAndDecide(requestId, "ACCEPT", null);
        awaitEnded(history, process);

        assertEquals(List.of("StartEvent_ObjectionReceived", "Task_RestrictProcessing", "Gateway_ReviewNeeded",
                "Task_SendObjectionReceivedMail", "UserTask_ReviewObjection", "Gateway_ObjectionAccepted",
                "Task_MakeRestrictionPermanent", "Gateway_Accepted", "Task_SendObjectionAcceptedMail",
                "EndEvent_ObjectionAccepted"), passedActivities(history, process));
        assertEquals(Restriction.Status.PERMANENT, restriction(subject, Purpose.CHALLENGES).status);
        assertFalse(policy.allows(subject.mainProfileId(), Purpose.CHALLENGES), "still restricted once accepted");
        subject.api().get("/api/requests/{id}", requestId).then().body("status", equalTo("COMPLETED"));
        assertTrue(Mailbox.await(mailbox, subject.email(), "decision on your objection").getText()
                .contains("challenges"));
    }

    @Test
    void aRejectionStatesItsGroundsAndTheRightToComplainAndLiftsTheRestrictionOnlyAfterNotice() {
        Subject subject = Subject.create();
        String requestId = object(subject, List.of("CHALLENGES"));
        String process = Processes.ofRequest(requestId);

        Desk.withNewAgent().claimAndDecide(requestId, "REJECT", "Needed to keep the scale's firmware safe for every user.");
        subject.api().get("/api/requests/{id}", requestId).then().body("status", equalTo("REJECTED"));
        String decision = Mailbox.await(mailbox, subject.email(), "decision on your objection").getText();
        assertTrue(decision.contains("firmware safe") && decision.contains("supervisory authority"), decision);
        Mailbox.await(mailbox, subject.email(), "will be lifted");
        awaitWaitingAt(runtime, process, "Event_LiftNoticeElapsed");
        assertFalse(policy.allows(subject.mainProfileId(), Purpose.CHALLENGES), "not before the notice ends");

        EngineTime.moveBy(Duration.ofDays(14).plusMinutes(1));
        awaitEnded(history, process);

        assertTrue(policy.allows(subject.mainProfileId(), Purpose.CHALLENGES));
        assertEquals(List.of("StartEvent_ObjectionReceived", "Task_RestrictProcessing", "Gateway_ReviewNeeded",
                "Task_SendObjectionReceivedMail", "UserTask_ReviewObjection", "Gateway_ObjectionAccepted",
                "Task_SendObjectionRejectedMail", "Task_SendRestrictionLiftNoticeMail", "Event_LiftNoticeElapsed",
                "Task_LiftRestriction", "EndEvent_RestrictionLifted"), passedActivities(history, process));
    }

    @Test
    void anObjectionToEverythingKeepsDirectMarketingStoppedEvenWhenTheRestIsRejected() {
        Subject subject = Subject.create();
        subject.consentTo("direct-marketing");
        String requestId = object(subject, List.of("ALL"));
        Desk.withNewAgent().claimAndDecide(requestId, "REJECT", "Compelling grounds.");
        String process = Processes.ofRequest(requestId);
        awaitWaitingAt(runtime, process, "Event_LiftNoticeElapsed");

        EngineTime.moveBy(Duration.ofDays(15));
        awaitEnded(history, process);

        assertFalse(policy.allows(subject.mainProfileId(), Purpose.DIRECT_MARKETING));
        assertTrue(policy.allows(subject.mainProfileId(), Purpose.CHALLENGES), "lifted");
        assertTrue(policy.allows(subject.mainProfileId(), Purpose.SERVICE), "never objected to");
    }

    @Test
    void aSecondObjectionToAPurposeUnderReviewIsRefusedAndBadPurposesAreNamed() {
        Subject subject = Subject.create();
        object(subject, List.of("CHALLENGES"));
        subject.api().body(Map.of("type", "OBJECTION", "profileId", subject.mainProfileId(), "purposes", List.of("CHALLENGES")))
                .post("/api/requests").then().statusCode(409).body("detail", containsString("already under review"));
        subject.api().body(Map.of("type", "OBJECTION", "profileId", subject.mainProfileId(), "purposes", List.of("FUN")))
                .post("/api/requests").then().statusCode(400).body("detail", containsString("DIRECT_MARKETING"));
        subject.api().body(Map.of("type", "OBJECTION", "profileId", subject.mainProfileId()))
                .post("/api/requests").then().statusCode(400).body("detail", containsString("purposes is required"));
    }

    @Test
    void anObjectionToAPurposeOnConsentIsRefusedWithTheWayToWithdrawTheConsentAndFilesNothing() {
        Subject subject = Subject.create();
        subject.consentTo("research");
        int before = subject.api().get("/api/requests").then().statusCode(200).extract().path("size()");

        subject.api().body(Map.of("type", "OBJECTION", "profileId", subject.mainProfileId(),
                "purposes", List.of("CHALLENGES", "RESEARCH"))).post("/api/requests").then().statusCode(400)
                .body("detail", containsString("RESEARCH rests on consent"))
                .body("detail", containsString("withdraw the consent instead"))
                .body("withdrawConsent", equalTo("/api/profiles/" + subject.mainProfileId() + "/consents/research"));
        subject.api().body(Map.of("type", "OBJECTION", "profileId", subject.mainProfileId(),
                "purposes", List.of("SERVICE"))).post("/api/requests").then().statusCode(400)
                .body("detail", containsString("rests on contract"));

        subject.api().get("/api/requests").then().body("size()", equalTo(before));
        assertTrue(policy.allows(subject.mainProfileId(), Purpose.RESEARCH), "nothing restricted");
        assertTrue(policy.allows(subject.mainProfileId(), Purpose.CHALLENGES), "not even the objectable purpose");
    }

    @Test
    void theObjectionsStatementStaysOutOfTheEngine() {
        Subject subject = Subject.create();
        String requestId = subject.fileRequest(Map.of("type", "OBJECTION", "profileId", subject.mainProfileId(),
                "purposes", List.of("CHALLENGES"), "statement", "I am Jane Doe and I do not want this"));
        String process = Processes.ofRequest(requestId);
        history.createHistoricVariableInstanceQuery().processInstanceId(process).list().forEach(variable ->
                assertFalse(String.valueOf(variable.getValue()).contains("Jane"), variable.getName()));
        assertEquals("I am Jane Doe and I do not want this", QuarkusTransaction.requiringNew()
                .call(() -> Objection.<Objection>findById(requestId).statement));
    }

    static String object(Subject subject, List<String> purposes) {
        return subject.fileRequest(Map.of("type", "OBJECTION", "profileId", subject.mainProfileId(), "purposes", purposes));
    }

    private static Restriction restriction(Subject subject, Purpose purpose) {
        return QuarkusTransaction.requiringNew().call(() -> Restriction.find(subject.mainProfileId(), purpose));
    }
}
