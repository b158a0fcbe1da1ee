package io.rightsflow.restriction;

import static io.rightsflow.support.Processes.awaitEnded;
import static io.rightsflow.support.Processes.awaitWaitingAt;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.rightsflow.measurement.Pseudonyms;
import io.rightsflow.support.Desk;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.PartnerServer;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** RESTRICTION requests (Art. 18(1)(a)-(c)): restriction.bpmn, path by path. */
@QuarkusTest
class RestrictionProcessTest {

    static final String APPLE_NOTICES = "/apple-health/change-notices";

    final PartnerServer partners = PartnerServer.get();

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    ManagementService management;

    @Inject
    MockMailbox mailbox;

    @Inject
    Pseudonyms pseudonyms;

    @AfterEach
    void reset() {
        EngineTime.reset();
        mailJobs().forEach(d -> management.activateJobDefinitionById(d.getId(), true));
    }

    @Test
    void aRestrictionRefusesEveryUseTellsThePartnersAndThePersonAndCompletesTheRequestWhileItHolds() {
        Subject subject = Subject.create();
        weighIn(subject);
        subject.consentTo("research");
        subject.consentTo("product-improvement");
        String apple = link(subject, "apple-health");
        String ref = pseudonyms.of(subject.mainProfileId());
        Staff.ADMIN.api().get("/api/extracts/research").then().body("rows.profileRef", hasItem(ref));

        String requestId = restrict(subject, "ACCURACY_CONTESTED", "My weight of February is wrong.");
        String process = Processes.ofRequest(requestId);
        awaitWaitingAt(runtime, process, "UserTask_DecideLifting");

        Staff.ADMIN.api().get("/api/extracts/research").then().body("rows.profileRef", not(hasItem(ref)));
        subject.api().body(Map.of("email", Subject.create().email())).post("/api/profiles/{id}/shares",
                subject.mainProfileId()).then().statusCode(409).body("detail", containsString("restricted on request " + requestId));
        subject.api().body(Map.of("partner", "google-fit")).post("/api/profiles/{id}/partners", subject.mainProfileId())
                .then().statusCode(409).body("detail", containsString("PARTNER_SHARING"));
        await().atMost(Processes.PATIENCE).until(() -> partners.calls(APPLE_NOTICES, apple).size() == 1);
        JsonPath notice = new JsonPath(partners.calls(APPLE_NOTICES, apple).get(0).body());
        assertEquals("change-notice", notice.getString("type"));
        assertEquals("RESTRICTED", notice.getString("kind"));
        Mail mail = Mailbox.await(mailbox, subject.email(), "The use of your data is restricted");
        assertTrue(mail.getText().contains("you contest the accuracy of the data")
                && mail.getText().contains("before the restriction is lifted"), mail.getText());
        subject.api().get("/api/requests/{id}", requestId).then().statusCode(200).body("status", equalTo("COMPLETED"))
                .body("type", equalTo("RESTRICTION"));
        Staff.create("agent").api().get("/api/requests/{id}", requestId).then().statusCode(200);
        assertEquals(List.of("StartEvent_RestrictionRequested", "Task_RestrictProcessing", "Task_TellPartnersOfRestriction",
                "Task_SendRestrictedMail", "UserTask_DecideLifting"), Processes.passedActivities(history, process));
        assertIdsOnly(process);
    }

    @Test
    void liftingWithoutReasonsIsRefusedNamingTheFieldAndNothingChanges() {
        Subject subject = Subject.create();
        String requestId = restrict(subject, "LEGAL_CLAIMS", null);
        Desk desk = Desk.withNewAgent();
        String taskId = desk.taskIdOf(requestId);
        assertEquals("UserTask_DecideLifting", desk.taskOf(requestId).get("taskKey"));
        desk.staff().api().post("/api/desk/tasks/{id}/claim", taskId).then().statusCode(200);
        desk.staff().api().accept("text/html").get("/desk/tasks/{id}", taskId).then().statusCode(200)
                .body(containsString("LEGAL_CLAIMS"), containsString("Lift the restriction"),
                        containsString("Reasons for lifting"));

        desk.staff().api().body(Map.of("decision", "LIFT", "reason", "  ")).post("/api/desk/tasks/{id}/complete", taskId)
                .then().statusCode(400).body("field", equalTo("reason"));
        desk.staff().api().body(Map.of("decision", "KEEP", "reason", "Still checking."))
                .post("/api/desk/tasks/{id}/complete", taskId).then().statusCode(400).body("field", equalTo("decision"));

        awaitWaitingAt(runtime, Processes.ofRequest(requestId), "UserTask_DecideLifting");
        subject.api().body(Map.of("email", Subject.create().email())).post("/api/profiles/{id}/shares",
                subject.mainProfileId()).then().statusCode(409);
        assertEquals(0, Mailbox.matching(mailbox, subject.email(), "will be lifted").size());
    }

    @Test
    void liftingMailsThePersonTheReasonsFirstThenLiftsOnlyThisRequestsRestrictionAndTellsThePartners() {
        Subject subject = Subject.create();
        weighIn(subject);
        subject.consentTo("research");
        subject.consentTo("product-improvement");
        subject.consentTo("direct-marketing");
        String ref = pseudonyms.of(subject.mainProfileId());
        String apple = link(subject, "apple-health");
        String objection = subject.fileRequest(Map.of("type", "OBJECTION", "profileId", subject.mainProfileId(),
                "purposes", List.of("DIRECT_MARKETING")));
        String requestId = restrict(subject, "UNLAWFUL_ERASURE_OPPOSED", "Do not delete it, just stop using it.");
        String process = Processes.ofRequest(requestId);
        Desk desk = Desk.withNewAgent();
        desk.taskOf(requestId);

        desk.claimAndDecide(requestId, "LIFT", "The processing is lawful again: consent was given on 3 March.");

        awaitEnded(history, process);
        Mail mail = Mailbox.await(mailbox, subject.email(), "The restriction of your data will be lifted");
        assertTrue(mail.getText().contains("consent was given on 3 March"), mail.getText());
        List<HistoricActivityInstance> steps = history.createHistoricActivityInstanceQuery().processInstanceId(process)
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list();
        assertEquals(List.of("StartEvent_RestrictionRequested", "Task_RestrictProcessing", "Task_TellPartnersOfRestriction",
                "Task_SendRestrictedMail", "UserTask_DecideLifting", "Task_SendLiftingNoticeMail", "Task_LiftRestriction",
                "Task_TellPartnersOfLifting", "EndEvent_RestrictionLifted"),
                steps.stream().map(HistoricActivityInstance::getActivityId).toList());
        Instant mailed = end(steps, "Task_SendLiftingNoticeMail");
        assertFalse(start(steps, "Task_LiftRestriction").isBefore(mailed), "mailed before it takes effect (Art. 18(3))");

        subject.api().body(Map.of("email", Subject.create().email())).post("/api/profiles/{id}/shares",
                subject.mainProfileId()).then().statusCode(201);
        subject.api().body(Map.of("partner", "google-fit")).post("/api/profiles/{id}/partners", subject.mainProfileId())
                .then().statusCode(201);
        Staff.ADMIN.api().get("/api/extracts/research").then().body("rows.profileRef", hasItem(ref));
        Staff.ADMIN.api().get("/api/extracts/direct-marketing").then().body("rows.accountRef",
                not(hasItem(pseudonyms.of(subject.accountId()))));
        await().atMost(Processes.PATIENCE).until(() -> partners.calls(APPLE_NOTICES, apple).size() == 2);
        assertEquals(List.of("RESTRICTED", "RESTRICTION_LIFTED"), partners.calls(APPLE_NOTICES, apple).stream()
                .map(r -> new JsonPath(r.body()).getString("kind")).sorted().toList());
        subject.api().get("/api/requests/{id}", requestId).then().body("status", equalTo("COMPLETED"));
        subject.api().get("/api/requests/{id}", objection).then().body("status", equalTo("COMPLETED"));
        assertIdsOnly(process);
    }

    @Test
    void anObjectionsRefusalLiftsNothingOfARestrictionInPlace() {
        Subject subject = Subject.create();
        weighIn(subject);
        subject.consentTo("research");
        subject.consentTo("product-improvement");
        String ref = pseudonyms.of(subject.mainProfileId());
        String objection = subject.fileRequest(Map.of("type", "OBJECTION", "profileId", subject.mainProfileId(),
                "purposes", List.of("CHALLENGES")));
        awaitWaitingAt(runtime, Processes.ofRequest(objection), "UserTask_ReviewObjection");
        String requestId = restrict(subject, "ACCURACY_CONTESTED", null);
        awaitWaitingAt(runtime, Processes.ofRequest(requestId), "UserTask_DecideLifting");

        refuse(objection, "OTHER", "Filed by mistake.").statusCode(201);
        awaitEnded(history, Processes.ofRequest(objection));

        Staff.ADMIN.api().get("/api/extracts/research").then().body("rows.profileRef", not(hasItem(ref)));
        subject.api().body(Map.of("email", Subject.create().email())).post("/api/profiles/{id}/shares",
                subject.mainProfileId()).then().statusCode(409).body("detail", containsString(requestId));
    }

    @Test
    void aRestrictionWaitingToBeLiftedEndsWithTheProfilesErasureItsAnswerStandsAndItsRowsGo() {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        String requestId = restrict(subject, profile, "LEGAL_CLAIMS", "For my claim against the gym.");
        String process = Processes.ofRequest(requestId);
        awaitWaitingAt(runtime, process, "UserTask_DecideLifting");
        Desk desk = Desk.withNewAgent();
        desk.taskOf(requestId);

        String erasure = subject.eraseProfile(profile);
        awaitWaitingAt(runtime, Processes.ofRequest(erasure), "Event_GracePeriodExpired");
        awaitWaitingAt(runtime, process, "UserTask_DecideLifting");
        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        awaitEnded(history, Processes.ofRequest(erasure));

        awaitEnded(history, process);
        List<String> passed = Processes.passedActivities(history, process);
        assertEquals(List.of("StartEvent_SubjectErased", "EndEvent_EndedByErasure"),
                passed.subList(passed.indexOf("StartEvent_SubjectErased"), passed.size()));
        assertFalse(passed.contains("Task_LiftRestriction"));

        subject.api().get("/api/requests/{id}", requestId).then().body("status", equalTo("COMPLETED"));
        desk.staff().api().get("/api/desk/tasks").then().body("requestId", not(hasItem(requestId)));
        assertEquals(0, io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                RestrictionRequest.count("profileId", profile)), "its details go with the profile");
    }

    @Test
    void badBodiesAreRefusedNamingTheFieldAndFileNothing() {
        Subject subject = Subject.create();
        int before = subject.api().get("/api/requests").then().extract().jsonPath().getList("").size();
        for (var bad : List.of(
                Map.of("field", "profileId", "body", body(null, "LEGAL_CLAIMS", null)),
                Map.of("field", "ground", "body", body(subject.mainProfileId(), null, null)),
                Map.of("field", "ground", "body", body(subject.mainProfileId(), "I_SAY_SO", null)),
                Map.of("field", "statement", "body", body(subject.mainProfileId(), "LEGAL_CLAIMS", "x".repeat(2001))))) {
            subject.api().body(bad.get("body")).post("/api/requests").then().statusCode(400)
                    .body("field", equalTo(bad.get("field")));
        }
        subject.api().body(body(Subject.create().mainProfileId(), "LEGAL_CLAIMS", null)).post("/api/requests").then()
                .statusCode(404);

        assertEquals(before, subject.api().get("/api/requests").then().extract().jsonPath().getList("").size());
        subject.api().body(Map.of("email", Subject.create().email())).post("/api/profiles/{id}/shares",
                subject.mainProfileId()).then().statusCode(201);
    }

    @Test
    void aRefusalAtTheDeskBeforeThePersonIsToldLiftsItsRestrictionTellsThePartnersAndEndsItRejected() {
        Subject subject = Subject.create();
        String apple = link(subject, "apple-health");
        mailJobs().forEach(d -> management.suspendJobDefinitionById(d.getId(), true));
        String requestId = restrict(subject, "ACCURACY_CONTESTED", null);
        String process = Processes.ofRequest(requestId);

        refuse(requestId, "MANIFESTLY_UNFOUNDED_OR_EXCESSIVE", "The same weigh-ins were checked last week.")
                .statusCode(201).body("status", equalTo("REJECTED"));

        awaitEnded(history, process);
        assertEquals(List.of("StartEvent_RestrictionRequested", "Task_RestrictProcessing", "Task_TellPartnersOfRestriction",
                "EventSubProcess_EndedByRefusal", "StartEvent_RequestRefused", "Task_LiftRefusedRestriction",
                "Task_TellPartnersOfRefusedLifting", "EndEvent_EndedByRefusal"), Processes.passedActivities(history, process));
        subject.api().get("/api/requests/{id}", requestId).then().body("status", equalTo("REJECTED"));
        subject.api().body(Map.of("email", Subject.create().email())).post("/api/profiles/{id}/shares",
                subject.mainProfileId()).then().statusCode(201);
        await().atMost(Processes.PATIENCE).until(() -> partners.calls(APPLE_NOTICES, apple).size() == 2);
        assertEquals(0, Mailbox.matching(mailbox, subject.email(), "The use of your data is restricted").size());
    }

    private static String restrict(Subject subject, String ground, String statement) {
        return restrict(subject, subject.mainProfileId(), ground, statement);
    }

    private static String restrict(Subject subject, String profileId, String ground, String statement) {
        return subject.fileRequest(body(profileId, ground, statement));
    }

    private static Map<String, Object> body(String profileId, String ground, String statement) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "RESTRICTION");
        body.put("profileId", profileId);
        body.put("ground", ground);
        body.put("statement", statement);
        return body;
    }

    private static io.restassured.response.ValidatableResponse refuse(String requestId, String kind, String reasons) {
        return Staff.create("agent").api().body(Map.of("reasonKind", kind, "reasons", reasons))
                .post("/api/requests/{id}/refusal", requestId).then();
    }

    private static String link(Subject subject, String partner) {
        return subject.api().body(Map.of("partner", partner)).post("/api/profiles/{id}/partners", subject.mainProfileId())
                .then().statusCode(201).extract().path("grantId");
    }

    private static void weighIn(Subject subject) {
        subject.api().body(Map.of("category", "weight", "takenAt", "2026-02-01T07:00:00Z", "value", 70, "unit", "kg"))
                .post("/api/profiles/{id}/measurements", subject.mainProfileId()).then().statusCode(201);
    }

    private List<org.camunda.bpm.engine.management.JobDefinition> mailJobs() {
        return management.createJobDefinitionQuery().processDefinitionKey("restriction")
                .activityIdIn("Task_SendRestrictedMail").list();
    }

    private static Instant end(List<HistoricActivityInstance> steps, String id) {
        return steps.stream().filter(s -> s.getActivityId().equals(id)).findFirst().orElseThrow().getEndTime().toInstant();
    }

    private static Instant start(List<HistoricActivityInstance> steps, String id) {
        return steps.stream().filter(s -> s.getActivityId().equals(id)).findFirst().orElseThrow().getStartTime().toInstant();
    }

    private void assertIdsOnly(String process) {
        Set<String> allowed = Set.of("requestId", "profileId", "decision");
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(process).list()) {
            assertTrue(allowed.contains(v.getName()), "unexpected variable " + v.getName());
        }
    }
}
