package io.rightsflow.erasure;

import static io.rightsflow.support.Processes.awaitEnded;
import static io.rightsflow.support.Processes.awaitWaitingAt;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.rightsflow.support.Desk;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.PartnerServer;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Rows;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GDPR Art. 19: an erasure disconnects every partner of the erased profiles and notifies each before the purge. */
@QuarkusTest
class ErasureNoticesTest {

    static final String APPLE_NOTICES = "/apple-health/erasure-notices";

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
    AgroalDataSource db;

    @AfterEach
    void reset() {
        EngineTime.reset();
    }

    @Test
    void erasingAProfileWithTwoPartnersStartsANoticeForEachBeforeThePurgeAndTheFinalMailNamesThem() throws Exception {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        String apple = link(subject, profile, "apple-health");
        String google = link(subject, profile, "google-fit");
        String requestId = subject.eraseProfile(profile);
        String process = Processes.ofRequest(requestId);
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");
        assertEquals(0, partners.calls("/apple-health/erasure-notices", apple).size(), "nothing during the grace period");

        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        awaitEnded(history, process);

        for (var notified : Map.of("/apple-health/erasure-notices", apple, "/google-fit/erasure-notices", google).entrySet()) {
            await().atMost(Processes.PATIENCE).until(() -> partners.calls(notified.getKey(), notified.getValue()).size() == 1);
            List<PartnerServer.Received> notices = partners.calls(notified.getKey(), notified.getValue());
            assertEquals(requestId, new JsonPath(notices.get(0).body()).getString("requestId"));
        }
        await().atMost(Processes.PATIENCE).until(() -> partners.calls("/apple-health/revocations", apple).size() == 1);
        List<String> path = Processes.passedActivities(history, process);
        assertTrue(path.indexOf("Task_StartErasureNotices") < path.indexOf("Task_PurgeProfileData"), path.toString());
        List<String> notices = history.createHistoricProcessInstanceQuery().processDefinitionKey("partner-erasure-notice")
                .processInstanceBusinessKey(requestId).list().stream().map(p -> p.getId()).toList();
        assertEquals(2, notices.size(), "one notice process per partner, under the request's id");
        notices.forEach(notice -> awaitEnded(history, notice));
        Mail completed = Mailbox.await(mailbox, subject.email(), "Your profile has been deleted");
        assertTrue(completed.getText().contains("(Apple Health, Google Fit)"), completed.getText());
        assertTrue(completed.getText().contains("We are also sending an erasure notice"), completed.getText());
        assertEquals(0, Rows.mentioning(db, profile), "its links are purged with it");
        assertEquals(0, Rows.mentioning(db, apple) + Rows.mentioning(db, google) - partnerCallsOf(apple, google) - 2,
                "only the records of the notices (one each) and of what the partners accepted keep the link ids");
        assertIdsOnly(process);
        notices.forEach(this::assertIdsOnly);
    }

    @Test
    void erasingAnAccountNotifiesThePartnersOfItsProfile() {
        Subject subject = Subject.create();
        String runkeeper = link(subject, subject.mainProfileId(), "runkeeper");
        String requestId = subject.fileRequest(Map.of("type", "ACCOUNT_ERASURE", "accountId", subject.accountId()));
        String process = Processes.ofRequest(requestId);
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");

        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        awaitEnded(history, process);

        await().atMost(Processes.PATIENCE).until(() ->
                partners.calls("/runkeeper/erasure-notices", runkeeper).size() == 1);
        Mail completed = Mailbox.await(mailbox, subject.email(), "Your account has been deleted");
        assertTrue(completed.getText().contains("(Runkeeper)"), completed.getText());
    }

    @Test
    void anErasureWithoutPartnersSaysNothingOfThem() {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        String process = Processes.ofRequest(subject.eraseProfile(profile));
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");
        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        awaitEnded(history, process);
        Mail completed = Mailbox.await(mailbox, subject.email(), "Your profile has been deleted");
        assertFalse(completed.getText().contains("erasure notice"), completed.getText());
    }

    @Test
    void aPartnerThatKeepsRefusingItsNoticeDoesNotHoldThePurgeAndGoesToTheDeskWhereRetrySendsItOnce() throws Exception {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        String apple = link(subject, profile, "apple-health");
        String google = link(subject, profile, "google-fit");
        partners.script(APPLE_NOTICES, refusals(40));
        try {
            String requestId = subject.eraseProfile(profile);
            String process = Processes.ofRequest(requestId);
            awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");

            EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
            awaitEnded(history, process);
            assertEquals(0, Rows.mentioning(db, profile), "the profile is purged on time, partner or not");
            Mail completed = Mailbox.await(mailbox, subject.email(), "Your profile has been deleted");
            assertTrue(completed.getText().contains("(Apple Health, Google Fit)"), completed.getText());
            await().atMost(Processes.PATIENCE).until(() ->
                    partners.calls("/google-fit/erasure-notices", google).size() == 1);

            String notice = exhaustRetries(requestId);
            Desk desk = Desk.withNewAgent();
            Map<String, Object> task = desk.taskOf(requestId);
            assertEquals("UserTask_ReachPartner", task.get("taskKey"));
            assertEquals(List.of("RETRY", "GIVE_UP"), task.get("decisions"));
            assertTrue(String.valueOf(task.get("about")).contains("apple-health"), task.toString());
            assertEquals(0, runtime.createIncidentQuery().processInstanceId(notice).count(), "a desk task, not an incident");
            Staff.create("auditor").api().get("/api/audit/requests/{id}", requestId).then().statusCode(200)
                    .body("events.find { it.kind == 'PARTNER_NOT_REACHED' }.detail", containsString("partner=apple-health"))
                    .body("events.detail", hasItem(startsWith("UserTask_ReachPartner")));
            desk.staff().api().get("/api/requests/{id}", requestId).then().statusCode(200)
                    .body("steps.id", hasItems("Task_PurgeProfileData", "Task_NotifyPartner", "UserTask_ReachPartner"));
            assertEquals(0, accepted(apple), "nothing accepted yet");

            partners.clearScript(APPLE_NOTICES);
            desk.claimAndDecide(requestId, "RETRY", null);
            awaitEnded(history, notice);
            assertEquals(1, accepted(apple), "sent once after the partner recovered");
            assertEquals(1, partners.calls(APPLE_NOTICES, apple).stream().filter(r -> r.answered() == 200).count());
            assertEquals(1, partners.calls("/apple-health/revocations", apple).size(), "the revocation went once");
        } finally {
            partners.clearScript(APPLE_NOTICES);
        }
    }

    @Test
    void givingUpOnAPartnerNeedsAReasonThatAuditorsRead() throws Exception {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        String apple = link(subject, profile, "apple-health");
        partners.script(APPLE_NOTICES, refusals(40));
        try {
            String requestId = subject.eraseProfile(profile);
            String process = Processes.ofRequest(requestId);
            awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");
            EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
            awaitEnded(history, process);
            String notice = exhaustRetries(requestId);

            Desk desk = Desk.withNewAgent();
            String taskId = desk.taskIdOf(requestId);
            desk.staff().api().post("/api/desk/tasks/{id}/claim", taskId).then().statusCode(200);
            desk.staff().api().body(Map.of("decision", "GIVE_UP")).post("/api/desk/tasks/{id}/complete", taskId).then()
                    .statusCode(400).body("detail", containsString("reason"));
            desk.staff().api().body(Map.of("decision", "GIVE_UP", "reason", "partner closed its service"))
                    .post("/api/desk/tasks/{id}/complete", taskId).then().statusCode(204);
            awaitEnded(history, notice);

            assertEquals(0, accepted(apple));
            Staff.create("auditor").api().get("/api/audit/requests/{id}", requestId).then().statusCode(200)
                    .body("events.find { it.kind == 'DECISION' }.detail", allOf(containsString("GIVE_UP"),
                            containsString("apple-health"), containsString("partner closed its service")));
        } finally {
            partners.clearScript(APPLE_NOTICES);
        }
    }

    /** Waits for the first refused attempt of the request's notice process, then leaves it one attempt (as an operator would). */
    private String exhaustRetries(String requestId) {
        await().atMost(Processes.PATIENCE).until(() -> runtime.createProcessInstanceQuery()
                .processDefinitionKey("partner-erasure-notice").processInstanceBusinessKey(requestId).count() == 1);
        String notice = runtime.createProcessInstanceQuery().processDefinitionKey("partner-erasure-notice")
                .processInstanceBusinessKey(requestId).singleResult().getId();
        await().atMost(Processes.PATIENCE).until(() ->
                management.createJobQuery().processInstanceId(notice).withException().count() == 1);
        // The executor may be running the job at this instant: then try again.
        await().atMost(Processes.PATIENCE).ignoreException(OptimisticLockingException.class).until(() -> {
            management.setJobRetries(management.createJobQuery().processInstanceId(notice).singleResult().getId(), 1);
            return true;
        });
        return notice;
    }

    private static Integer[] refusals(int count) {
        Integer[] answers = new Integer[count];
        java.util.Arrays.fill(answers, 503);
        return answers;
    }

    private long accepted(String grant) throws Exception {
        try (var connection = db.getConnection(); var statement = connection.prepareStatement(
                "select count(*) from partner_call where grant_id = ? and kind = 'ERASURE_NOTICE'")) {
            statement.setString(1, grant);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static String link(Subject subject, String profileId, String partner) {
        return subject.api().body(Map.of("partner", partner)).post("/api/profiles/{id}/partners", profileId).then()
                .statusCode(201).extract().path("grantId");
    }

    private long partnerCallsOf(String... grants) throws Exception {
        long calls = 0;
        for (String grant : grants) {
            try (var connection = db.getConnection(); var statement = connection.prepareStatement(
                    "select count(*) from partner_call where grant_id = ?")) {
                statement.setString(1, grant);
                try (var result = statement.executeQuery()) {
                    result.next();
                    calls += result.getLong(1);
                }
            }
        }
        return calls;
    }

    private void assertIdsOnly(String process) {
        Set<String> allowed = Set.of("requestId", "profileId", "accountId", "purgeComplete", "noticeId", "decision");
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(process).list()) {
            assertTrue(allowed.contains(v.getName()) || v.getName().equals("purgeCounts"), "unexpected variable " + v.getName());
            assertFalse(String.valueOf(v.getValue()).contains("@"), v.getName());
        }
    }
}
