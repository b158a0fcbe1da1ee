package io.rightsflow.request;

import static io.rightsflow.support.Processes.awaitEnded;
import static io.rightsflow.support.Processes.awaitWaitingAt;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.management.JobDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An agent refuses an open request with a reason kind and written reasons (Art. 12(4)-(5)): its
 * process ends through its "Ended by refusal" event subprocess, it is REJECTED, the refusal is in
 * its audit timeline, and its subject is mailed once, with the reasons and the supervisory authority.
 */
@QuarkusTest
class RefusalTest {

    static final String REASONS = "You asked for the same objection twelve times this month.";

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    ManagementService management;

    @Inject
    MockMailbox mailbox;

    @Inject
    AgroalDataSource db;

    @AfterEach
    void resumeHeldSteps() {
        buildArchiveJobs().forEach(d -> management.activateJobDefinitionById(d.getId(), true));
        disconnectedMailJobs().forEach(d -> management.activateJobDefinitionById(d.getId(), true));
    }

    @Test
    void anObjectionUnderReviewIsRefusedItsProcessEndsItsRestrictionIsLiftedAndItsSubjectIsMailedOnce() {
        Subject subject = Subject.create();
        String objection = objectToChallenges(subject);
        String process = Processes.ofRequest(objection);
        awaitWaitingAt(runtime, process, "UserTask_ReviewObjection");
        Staff agent = Staff.create("agent");

        refuse(agent, objection, "OTHER", REASONS).statusCode(201)
                .body("status", equalTo("REJECTED")).body("reasonKind", equalTo("OTHER"))
                .body("reasons", equalTo(REASONS)).body("refusedBy", equalTo("agent:" + agent.username()));

        assertEndedByRefusal(process, "StartEvent_RequestRefused", "Task_LiftRefusedRestriction",
                "EndEvent_EndedByRefusal");
        assertFalse(Processes.passedActivities(history, process).contains("Gateway_ObjectionAccepted"),
                "nobody decided the objection");
        assertRejectedWithAuditEvent(objection);
        String mail = oneRefusalMail(subject, objection);
        assertTrue(mail.contains("objection to a use of the data") && mail.contains("Another reason"), mail);
        subject.api().get("/api/requests/{id}/refusal", objection).then().statusCode(200)
                .body("reasons", equalTo(REASONS)).body("refusedBy", nullValue());
    }

    @Test
    void anExportStillBeingBuiltIsRefusedAndEndsWithoutAnArchive() {
        Subject subject = Subject.create();
        buildArchiveJobs().forEach(d -> management.suspendJobDefinitionById(d.getId(), true));
        String export = subject.fileRequest(Map.of("type", "EXPORT", "profileId", subject.mainProfileId()));
        String process = Processes.ofRequest(export);

        refuse(Staff.create("agent"), export, "RIGHTS_OF_OTHERS", "The archive would show another person's data.")
                .statusCode(201).body("status", equalTo("REJECTED"));

        assertEndedByRefusal(process, "StartEvent_RequestRefused", "Task_DeleteRefusedArchive",
                "EndEvent_EndedByRefusal");
        assertFalse(Processes.passedActivities(history, process).contains("Task_BuildArchive"));
        assertRejectedWithAuditEvent(export);
        String mail = oneRefusalMail(subject, export);
        assertTrue(mail.contains("request for a copy of the data to download")
                && mail.contains("another person's data") && mail.contains("rights and freedoms of others"), mail);
    }

    @Test
    void aPendingIndependenceIsRefusedItsConfirmationLinkStopsWorkingItsNewAddressIsForgottenAndTheHolderIsMailedOnce()
            throws Exception {
        Subject holder = Subject.create();
        String profile = holder.addProfile("Robin");
        String newEmail = "own-" + UUID.randomUUID() + "@example.test";
        String independence = holder.fileRequest(Map.of("type", "INDEPENDENCE", "profileId", profile,
                "newEmail", newEmail));
        String link = Mailbox.linkPath(Mailbox.await(mailbox, newEmail, "Confirm your own account").getText());
        String process = Processes.ofRequest(independence);

        refuse(Staff.create("agent"), independence, "IDENTITY_NOT_ESTABLISHED", "The new address could not be "
                + "tied to the person of the profile.").statusCode(201);

        assertEndedByRefusal(process, "StartEvent_RequestRefused", "EndEvent_EndedByRefusal");
        assertRejectedWithAuditEvent(independence);
        io.restassured.RestAssured.given().get(link).then().statusCode(org.hamcrest.Matchers.not(equalTo(200)));
        String mail = oneRefusalMail(holder, independence);
        assertTrue(mail.contains("request to make a profile independent"), mail);
        try (var connection = db.getConnection(); var query = connection.prepareStatement(
                "select count(*) from independence where request_id = ? and new_email is not null")) {
            query.setString(1, independence);
            try (var rows = query.executeQuery()) {
                rows.next();
                assertEquals(0, rows.getLong(1), "the refused independence forgot the new address");
            }
        }
    }

    @Test
    void aPartnerDisconnectionIsNotRefusedBecauseTheLinkWasRevokedWhenItWasFiled() {
        Subject subject = Subject.create();
        subject.api().body(Map.of("partner", "nest")).post("/api/profiles/{id}/partners", subject.mainProfileId())
                .then().statusCode(201);
        disconnectedMailJobs().forEach(d -> management.suspendJobDefinitionById(d.getId(), true));
        String disconnection = subject.fileRequest(Map.of("type", "PARTNER_DISCONNECTION",
                "profileId", subject.mainProfileId(), "partner", "nest", "notifyErasure", false));
        String process = Processes.ofRequest(disconnection);

        refuse(Staff.create("agent"), disconnection, "OTHER", "Filed by mistake, as you told us on the phone.")
                .statusCode(409);

        subject.api().get("/api/requests/{id}", disconnection).then().body("status", org.hamcrest.Matchers.not("REJECTED"));
        assertEquals(1, runtime.createProcessInstanceQuery().processInstanceId(process).count(),
                "the disconnection goes on: its partner is still to be told");
    }

    @Test
    void aRefusalWithoutReasonsOrWithoutItsKindNamesTheFieldAndChangesNothing() {
        Subject subject = Subject.create();
        String objection = objectToChallenges(subject);
        String process = Processes.ofRequest(objection);
        awaitWaitingAt(runtime, process, "UserTask_ReviewObjection");
        Staff agent = Staff.create("agent");

        refuse(agent, objection, "OTHER", "  ").statusCode(400).body("field", equalTo("reasons"));
        refuse(agent, objection, null, REASONS).statusCode(400).body("field", equalTo("reasonKind"));
        refuse(agent, objection, "BORED", REASONS).statusCode(400).body("field", equalTo("reasonKind"));
        agent.api().post("/api/requests/{id}/refusal", objection).then().statusCode(400);

        agent.api().get("/api/requests/{id}", objection).then().body("status", equalTo("IN_REVIEW"));
        agent.api().get("/api/requests/{id}/refusal", objection).then().statusCode(404);
        assertTrue(runtime.getActiveActivityIds(process).contains("UserTask_ReviewObjection"));
        assertTrue(Staff.create("auditor").api().get("/api/audit/requests/{id}", objection).then().extract()
                .jsonPath().getList("events.kind").stream().noneMatch("REQUEST_REFUSED"::equals));
    }

    @Test
    void aRequestThatIsNoLongerOpenIsNotRefusedAgainAndASubjectRefusesNothing() {
        Subject subject = Subject.create();
        String objection = objectToChallenges(subject);
        awaitWaitingAt(runtime, Processes.ofRequest(objection), "UserTask_ReviewObjection");
        subject.api().body(Map.of("reasonKind", "OTHER", "reasons", REASONS))
                .post("/api/requests/{id}/refusal", objection).then().statusCode(403);
        Staff agent = Staff.create("agent");
        refuse(agent, objection, "OTHER", REASONS).statusCode(201);

        refuse(agent, objection, "LEGAL_EXEMPTION", "Another try.").statusCode(409);

        agent.api().get("/api/requests/{id}/refusal", objection).then().body("reasonKind", equalTo("OTHER"))
                .body("reasons", equalTo(REASONS));
        oneRefusalMail(subject, objection);
    }

    @Test
    void manifestlyUnfoundedOrExcessiveKeepsTheSubjectsEarlierRequestsAsTheEvidence() {
        Subject subject = Subject.create();
        String first = subject.fileRequest(Map.of("type", "RESTRICTION", "profileId", subject.mainProfileId(),
                "ground", "LEGAL_CLAIMS"));
        String second = subject.fileRequest(Map.of("type", "OBJECTION", "profileId", subject.mainProfileId(),
                "purposes", List.of("DIRECT_MARKETING")));
        String third = objectToChallenges(subject);
        String stranger = objectToChallenges(Subject.create());
        Staff agent = Staff.create("agent");

        agent.api().get("/api/requests/{id}/earlier-requests", third).then().statusCode(200)
                .body("id", equalTo(List.of(second, first))).body("[0].type", equalTo("OBJECTION"));
        subject.api().get("/api/requests/{id}/earlier-requests", third).then().statusCode(403);

        refuse(agent, third, "MANIFESTLY_UNFOUNDED_OR_EXCESSIVE", "Three requests in one day about uses "
                + "this profile is not put to.").statusCode(201)
                .body("earlierRequests.id", equalTo(List.of(second, first)))
                .body("earlierRequests.id", org.hamcrest.Matchers.not(hasItem(stranger)))
                .body("reasonKindWords", org.hamcrest.Matchers.containsString("manifestly unfounded or excessive"));
        agent.api().get("/api/requests/{id}/refusal", third).then().body("earlierRequests", hasSize(2));
        String mail = oneRefusalMail(subject, third);
        assertTrue(mail.contains("manifestly unfounded or excessive"), mail);
    }

    static String objectToChallenges(Subject subject) {
        return subject.fileRequest(Map.of("type", "OBJECTION", "profileId", subject.mainProfileId(),
                "purposes", List.of("CHALLENGES")));
    }

    static io.restassured.response.ValidatableResponse refuse(Staff agent, String requestId, String kind,
            String reasons) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("reasonKind", kind);
        body.put("reasons", reasons);
        return agent.api().body(body).post("/api/requests/{id}/refusal", requestId).then();
    }

    private void assertEndedByRefusal(String process, String... path) {
        awaitEnded(history, process);
        List<String> passed = Processes.passedActivities(history, process);
        assertTrue(passed.containsAll(List.of(path)), passed.toString());
    }

    private static void assertRejectedWithAuditEvent(String requestId) {
        Staff auditor = Staff.create("auditor");
        auditor.api().get("/api/requests/{id}", requestId).then().body("status", equalTo("REJECTED"));
        List<String> kinds = auditor.api().get("/api/audit/requests/{id}", requestId).then().statusCode(200)
                .extract().jsonPath().getList("events.kind");
        assertTrue(kinds.containsAll(List.of("REQUEST_REFUSED", "REQUEST_REJECTED")), kinds.toString());
        assertEquals(1, kinds.stream().filter("REQUEST_REFUSED"::equals).count(), kinds.toString());
    }

    /** Waits for the notice to end, then reads the one refusal mail to the subject, which names the authority. */
    private String oneRefusalMail(Subject subject, String requestId) {
        Mail mail = Mailbox.await(mailbox, subject.email(), "has been refused");
        HistoricProcessInstance notice = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey("request-ending-notice").processInstanceBusinessKey(requestId).singleResult();
        awaitEnded(history, notice.getId());
        assertTrue(Processes.passedActivities(history, notice.getId()).contains("Task_SendRefusalMail"));
        assertEquals(1, Mailbox.matching(mailbox, subject.email(), "has been refused").size(), "one refusal mail");
        String text = mail.getText();
        assertTrue(text.contains("Test Data Protection Authority") && text.contains("1 Test Square, 1000 Test City")
                && text.contains("https://dpa.example.test"), text);
        assertTrue(text.contains("judicial remedy"), text);
        assertTrue(mail.getHtml().contains("Test Data Protection Authority"), mail.getHtml());
        return text;
    }

    private List<JobDefinition> disconnectedMailJobs() {
        return management.createJobDefinitionQuery().processDefinitionKey("partner-disconnection")
                .activityIdIn("Task_SendPartnerDisconnectedMail").list();
    }

    @Test
    void aCopyOfOnesDataStillBeingBuiltIsRefusedAndEndsWithoutACopy() {
        Subject subject = Subject.create();
        List<JobDefinition> building = management.createJobDefinitionQuery().processDefinitionKey("access")
                .activityIdIn("Task_BuildAccessArchive").list();
        building.forEach(d -> management.suspendJobDefinitionById(d.getId(), true));
        try {
            String access = subject.fileRequest(Map.of("type", "ACCESS", "profileId", subject.mainProfileId()));
            String process = Processes.ofRequest(access);

            refuse(Staff.create("agent"), access, "RIGHTS_OF_OTHERS", "The copy would show another person's data.")
                    .statusCode(201).body("status", equalTo("REJECTED"));

            assertEndedByRefusal(process, "StartEvent_RequestRefused", "Task_DeleteRefusedArchive",
                    "EndEvent_EndedByRefusal");
            assertFalse(Processes.passedActivities(history, process).contains("Task_BuildAccessArchive"));
            assertRejectedWithAuditEvent(access);
            assertTrue(oneRefusalMail(subject, access).contains("request for a copy of your data"));
        } finally {
            building.forEach(d -> management.activateJobDefinitionById(d.getId(), true));
        }
    }

    private List<JobDefinition> buildArchiveJobs() {
        return management.createJobDefinitionQuery().processDefinitionKey("export").activityIdIn("Task_BuildArchive")
                .list();
    }
}
