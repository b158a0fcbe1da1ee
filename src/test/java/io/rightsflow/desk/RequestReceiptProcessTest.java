package io.rightsflow.desk;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.request.RequestWords;
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
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** bpmn/request-receipt.bpmn, path by path: the acknowledgement of every request and the watch of its due date. */
@QuarkusTest
class RequestReceiptProcessTest {

    private static final String RECEIVED = "We have received your request";
    private static final String TASK_NAME = "Due soon: make sure this request is answered";

    final PartnerServer partners = PartnerServer.get();

    @Inject
    MockMailbox mailbox;

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    ManagementService management;

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void everyTypeOfRequestIsAcknowledgedOnceNamingItsTypeInWordsAndItsDueDate() {
        Subject subject = Subject.create();
        subject.api().body(Map.of("partner", "apple-health")).post("/api/profiles/{id}/partners", subject.mainProfileId())
                .then().statusCode(201);
        Map<String, String> filed = new LinkedHashMap<>();
        filed.put(subject.eraseProfile(subject.addProfile("Kim")), "Delete a profile");
        filed.put(subject.fileRequest(Map.of("type", "EXPORT", "profileId", subject.mainProfileId())),
                "Download of your data");
        filed.put(DeskResourceTest.objectToChallenges(subject), "Objection to a use of your data");
        filed.put(subject.fileRequest(Map.of("type", "INDEPENDENCE", "profileId", subject.addProfile("Alex"),
                "newEmail", "alex-" + UUID.randomUUID() + "@example.test")), "Make a profile independent");
        filed.put(subject.fileRequest(Map.of("type", "PARTNER_DISCONNECTION", "profileId", subject.mainProfileId(),
                "partner", "apple-health")), "Disconnect a partner app");
        Subject leaving = Subject.create();
        String accountErasure = leaving.fileRequest(Map.of("type", "ACCOUNT_ERASURE", "accountId", leaving.accountId()));

        filed.forEach((requestId, words) -> assertAcknowledged(subject, requestId, words));
        assertAcknowledged(leaving, accountErasure, "Delete the account");
        filed.keySet().forEach(this::awaitMailStepDone);
        assertEquals(filed.size(), Mailbox.matching(mailbox, subject.email(), RECEIVED).size(), "one per request");
        assertEquals(1, Mailbox.matching(mailbox, leaving.email(), RECEIVED).size());
    }

    @Test
    void anOpenRequestWithNothingOnTheDeskGetsADeskTaskWhenItsDueDateComesCloseAndAnAgentCompletesItWithANote() {
        Subject subject = Subject.create();
        String requestId = subject.eraseProfile(subject.addProfile("Kim"));
        String receipt = receiptOf(requestId);
        Processes.awaitWaitingAt(runtime, receipt, "Event_RequestDueSoon");
        // Its own process is stuck (suspended here): only the watch can tell the desk.
        runtime.suspendProcessInstanceById(Processes.ofRequest(requestId));
        try {
            Desk desk = Desk.withNewAgent();
            EngineTime.moveTo(dueAt(subject, requestId).minus(Duration.ofDays(5)).plusSeconds(60));

            Map<String, Object> task = desk.taskOf(requestId);
            assertEquals(TASK_NAME, task.get("name"));
            assertEquals(true, task.get("escalated"), "flagged on the desk");
            assertEquals(List.of("ANSWERED"), task.get("decisions"));
            String taskId = (String) task.get("taskId");
            desk.staff().api().post("/api/desk/tasks/{id}/claim", taskId).then().statusCode(200);
            desk.staff().api().contentType("").accept("text/html").get("/desk/tasks/{id}", taskId).then()
                    .statusCode(200).body(containsString(TASK_NAME)).body(containsString("Answered/handled"))
                    .body(containsString("Note: what was done to answer it (required)"));
            desk.staff().api().contentType("").accept("text/html").get("/desk").then()
                    .statusCode(200).body(containsString(TASK_NAME));
            desk.staff().api().body(Map.of("decision", "ANSWERED")).post("/api/desk/tasks/{id}/complete", taskId).then()
                    .statusCode(400).body("detail", containsString("reason"));
            assertEquals(taskId, desk.taskIdOf(requestId), "still open without its note");
            desk.staff().api().body(Map.of("decision", "ANSWERED", "reason", "Purge checked with operations; done today."))
                    .post("/api/desk/tasks/{id}/complete", taskId).then().statusCode(204);

            Processes.awaitEnded(history, receipt);
            assertEquals(List.of("StartEvent_RequestFiled", "Task_SendRequestReceivedMail", "Gateway_StillOpen",
                    "SubProcess_WatchDueDate", "StartEvent_WatchDueDate", "Event_RequestDueSoon", "Gateway_DeskTaskNeeded",
                    "UserTask_AnswerDueSoonRequest", "EndEvent_AnsweredAtDesk", "EndEvent_DueDateWatched"),
                    Processes.passedActivities(history, receipt));
            Staff.create("auditor").api().get("/api/audit/requests/{id}", requestId).then().statusCode(200)
                    .body("events.kind", hasItem("DUE_SOON_HANDLED"));
            subject.api().get("/api/requests/{id}", requestId).then().body("status", equalTo("GRACE_PERIOD"));
            desk.staff().api().get("/api/desk/tasks").then().body("requestId", org.hamcrest.Matchers.not(hasItem(requestId)));
        } finally {
            runtime.activateProcessInstanceById(Processes.ofRequest(requestId));
        }
    }

    @Test
    void aRequestWhoseDeskTaskIsEscalatedByItsOwnTimerGetsNoSecondTask() {
        Subject subject = Subject.create();
        String requestId = DeskResourceTest.objectToChallenges(subject);
        Desk desk = Desk.withNewAgent();
        String reviewTask = desk.taskIdOf(requestId);
        String receipt = receiptOf(requestId);
        Processes.awaitWaitingAt(runtime, receipt, "Event_RequestDueSoon");

        EngineTime.moveTo(dueAt(subject, requestId).minus(Duration.ofDays(5)).plusSeconds(60));

        Processes.awaitEnded(history, receipt);
        List<String> passed = Processes.passedActivities(history, receipt);
        assertTrue(passed.contains("EndEvent_NoDeskTaskNeeded"), passed.toString());
        assertFalse(passed.contains("UserTask_AnswerDueSoonRequest"), passed.toString());
        await().atMost(Processes.PATIENCE).until(() -> Boolean.TRUE.equals(desk.taskOf(requestId).get("escalated")));
        List<Map<String, Object>> tasks = desk.staff().api().get("/api/desk/tasks").then().statusCode(200).extract()
                .jsonPath().getList("");
        assertEquals(List.of(reviewTask), tasks.stream().filter(t -> requestId.equals(t.get("requestId")))
                .map(t -> t.get("taskId")).toList(), "the review task only");
    }

    @Test
    void theWatchEndsWhenTheRequestEndsAndAClosedRequestNeverReachesTheDesk() {
        Subject subject = Subject.create();
        String requestId = subject.eraseProfile(subject.addProfile("Kim"));
        String receipt = receiptOf(requestId);
        Processes.awaitWaitingAt(runtime, receipt, "Event_RequestDueSoon");

        subject.api().delete("/api/requests/{id}", requestId).then().statusCode(202);

        await().atMost(Processes.PATIENCE).until(() -> "CANCELLED".equals(
                subject.api().get("/api/requests/{id}", requestId).then().extract().path("status")));
        Processes.awaitEnded(history, receipt);
        assertEquals(List.of("StartEvent_RequestFiled", "Task_SendRequestReceivedMail", "Gateway_StillOpen",
                "SubProcess_WatchDueDate", "StartEvent_WatchDueDate", "Event_RequestDueSoon", "Event_RequestEnded",
                "EndEvent_RequestEnded"), Processes.passedActivities(history, receipt));
        assertEquals(0, management.createJobQuery().processInstanceId(receipt).count(), "no timer left behind");

        Desk desk = Desk.withNewAgent();
        EngineTime.moveTo(dueAt(subject, requestId).minus(Duration.ofDays(5)).plusSeconds(60));
        desk.staff().api().get("/api/desk/tasks").then().body("requestId", org.hamcrest.Matchers.not(hasItem(requestId)));
    }

    @Test
    void aDeadlineExtensionMovesTheWatchToTheNewDueDate() {
        Subject subject = Subject.create();
        String requestId = subject.eraseProfile(subject.addProfile("Kim"));
        String receipt = receiptOf(requestId);
        Processes.awaitWaitingAt(runtime, receipt, "Event_RequestDueSoon");
        Instant dueAt = dueAt(subject, requestId);
        assertEquals(dueAt.minus(Duration.ofDays(5)), timer(receipt).getDuedate().toInstant());

        Staff.create("agent").api().body(Map.of("months", 2, "reason", "The purge needs a partner's answer."))
                .post("/api/requests/{id}/extension", requestId).then().statusCode(200);

        Instant extended = dueAt.atZone(ZoneOffset.UTC).plusMonths(2).toInstant();
        assertEquals(extended, dueAt(subject, requestId));
        assertEquals(extended.minus(Duration.ofDays(5)), timer(receipt).getDuedate().toInstant());
        subject.api().delete("/api/requests/{id}", requestId).then().statusCode(202);
        Processes.awaitEnded(history, receipt);
    }

    private void assertAcknowledged(Subject subject, String requestId, String words) {
        await().atMost(Processes.PATIENCE).until(() -> mailAbout(subject, requestId) != null);
        Mail mail = mailAbout(subject, requestId);
        // Read by an agent: a subject whose account is being deleted is signed out for good.
        String due = RequestWords.date(Instant.parse(Staff.create("agent").api().get("/api/requests/{id}", requestId)
                .then().statusCode(200).extract().path("dueAt")));
        assertTrue(mail.getText().contains(words) && mail.getText().contains("We will answer it by " + due),
                mail.getText());
        assertTrue(mail.getHtml().contains(words) && mail.getHtml().contains(due), mail.getHtml());
    }

    private Mail mailAbout(Subject subject, String requestId) {
        return Mailbox.matching(mailbox, subject.email(), RECEIVED).stream()
                .filter(m -> m.getText().contains(requestId)).findFirst().orElse(null);
    }

    private void awaitMailStepDone(String requestId) {
        String receipt = receiptOf(requestId);
        await().atMost(Processes.PATIENCE).until(() -> history.createHistoricActivityInstanceQuery()
                .processInstanceId(receipt).activityId("Task_SendRequestReceivedMail").finished().count() == 1);
    }

    /** The one receipt process of a request, found by its business key. */
    private String receiptOf(String requestId) {
        await().atMost(Processes.PATIENCE).until(() -> history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(RequestReceipts.PROCESS).processInstanceBusinessKey(requestId).count() == 1);
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(RequestReceipts.PROCESS)
                .processInstanceBusinessKey(requestId).singleResult().getId();
    }

    private static Instant dueAt(Subject subject, String requestId) {
        return Instant.parse(subject.api().get("/api/requests/{id}", requestId).then().statusCode(200).extract()
                .path("dueAt"));
    }

    private Job timer(String processInstanceId) {
        Job timer = management.createJobQuery().processInstanceId(processInstanceId).timers().singleResult();
        assertNull(timer == null ? "no timer" : null);
        return timer;
    }
}
