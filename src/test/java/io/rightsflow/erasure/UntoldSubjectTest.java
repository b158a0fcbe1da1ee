package io.rightsflow.erasure;

import static io.rightsflow.support.Processes.awaitEnded;
import static io.rightsflow.support.Processes.awaitWaitingAt;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rightsflow.account.Account;
import io.rightsflow.account.Profile;
import io.rightsflow.support.RealSmtpProfile;
import io.rightsflow.support.SmtpServer;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The grace period starts when the person has been told; a mail that cannot go out goes to the desk. */
@QuarkusTest
@TestProfile(RealSmtpProfile.class)
class UntoldSubjectTest {

    static final String NOT_TOLD = "Decide: the person could not be told";

    final SmtpServer smtp = new SmtpServer();

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    ManagementService management;

    Staff agent;

    @BeforeEach
    void setUp() {
        agent = Staff.create("agent");
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
        EngineTime.reset();
    }

    @Test
    void aProfileWhoseOwnerWasNeverToldIsNotPurgedAndTheDeskRetriesTheMailOnceTheServerIsBack() {
        Subject subject = Subject.create();
        String child = subject.addProfile("Mila");
        Instant filedAt = Instant.now();
        String requestId = subject.eraseProfile(child);
        String process = Processes.ofRequest(requestId);
        String taskId = awaitDeskTaskAfterRetriesRunOut(process, "Task_SendProfileDeletionScheduledMail", requestId);

        EngineTime.moveTo(filedAt.plus(Duration.ofDays(9)));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> runtime.getActiveActivityIds(process).contains("UserTask_ResolveUndeliveredNotice"));
        assertTrue(profileExists(child), "no purge before the person was told");
        subject.api().get("/api/requests/{id}", requestId).then().body("status", org.hamcrest.Matchers.equalTo("GRACE_PERIOD"));

        smtp.start();
        decide(taskId, Map.of("decision", "RETRY_NOTICE"), 204);
        await().atMost(Processes.PATIENCE).until(() -> smtp.messages(subject.email(), "scheduled for deletion").size() == 1);
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");
        assertTrue(profileExists(child));
        assertTrue(graceEndsAt(process).isAfter(filedAt.plus(Duration.ofDays(16))),
                "the seven days start now, with the mail, not at the filing: " + graceEndsAt(process));

        EngineTime.moveTo(filedAt.plus(Duration.ofDays(17)));
        awaitEnded(history, process);
        assertTrue(!profileExists(child));
        assertEquals(1, smtp.messages(subject.email(), "scheduled for deletion").size());
    }

    @Test
    void goingOnWithoutTheNoticeNeedsAWrittenReasonAndOnlyThenStartsTheAccountsGracePeriod() {
        Subject subject = Subject.create();
        Instant filedAt = Instant.now();
        String requestId = subject.fileRequest(Map.of("type", "ACCOUNT_ERASURE", "accountId", subject.accountId()));
        String process = Processes.ofRequest(requestId);
        String taskId = awaitDeskTaskAfterRetriesRunOut(process, "Task_SendAccountDeletionScheduledMail", requestId);
        assertTrue(runtime.getActiveActivityIds(process).contains("UserTask_CancelAccountDeletion"),
                "customer service can still cancel meanwhile");

        decide(taskId, Map.of("decision", "PROCEED_WITHOUT_NOTICE"), 400);
        assertTrue(runtime.getActiveActivityIds(process).contains("UserTask_ResolveUndeliveredNotice"),
                "a refused decision changes nothing");
        EngineTime.moveTo(filedAt.plus(Duration.ofDays(9)));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> accountExists(subject));

        decide(taskId, Map.of("decision", "PROCEED_WITHOUT_NOTICE",
                "reason", "address bounces; the owner confirmed the deletion by phone"), 204);
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");
        assertTrue(graceEndsAt(process).isAfter(filedAt.plus(Duration.ofDays(16))),
                "the seven days start with the decision, not at the filing: " + graceEndsAt(process));
        Staff.create("auditor").api().get("/api/audit/requests/{id}", requestId).then()
                .body("events.findAll { it.kind == 'DECISION' }.detail", hasItem(containsString(
                        "PROCEED_WITHOUT_NOTICE, reason: address bounces")));
        assertTrue(accountExists(subject));

        smtp.start(); // for the final mail
        EngineTime.moveTo(filedAt.plus(Duration.ofDays(17)));
        awaitEnded(history, process);
        assertTrue(!accountExists(subject));
    }

    /** Lets the mail step fail once for real, then spends its retries as the engine would after hours. */
    private String awaitDeskTaskAfterRetriesRunOut(String process, String mailStep, String requestId) {
        await().atMost(Processes.PATIENCE).until(() -> history.createHistoricJobLogQuery().processInstanceId(process)
                .activityIdIn(mailStep).failureLog().count() >= 1);
        Job job = management.createJobQuery().processInstanceId(process).activityId(mailStep).singleResult();
        management.setJobRetries(job.getId(), 1);
        await().atMost(Processes.PATIENCE).until(() -> deskTask(requestId) != null);
        assertEquals(0, runtime.createIncidentQuery().processInstanceId(process).count(), "a desk task, not an incident");
        return (String) deskTask(requestId).get("taskId");
    }

    /** When the grace period's timer is due. */
    private Instant graceEndsAt(String process) {
        return management.createJobQuery().processInstanceId(process).activityId("Event_GracePeriodExpired")
                .singleResult().getDuedate().toInstant();
    }

    private Map<String, Object> deskTask(String requestId) {
        List<Map<String, Object>> tasks = agent.api().get("/api/desk/tasks").then().statusCode(200)
                .extract().jsonPath().getList("");
        return tasks.stream().filter(t -> requestId.equals(t.get("requestId")) && NOT_TOLD.equals(t.get("name")))
                .findFirst().orElse(null);
    }

    private void decide(String taskId, Map<String, Object> body, int status) {
        agent.api().post("/api/desk/tasks/{id}/claim", taskId);
        agent.api().body(body).post("/api/desk/tasks/{id}/complete", taskId).then().statusCode(status);
    }

    private static boolean profileExists(String profileId) {
        return QuarkusTransaction.requiringNew().call(() -> Profile.findById(profileId) != null);
    }

    private static boolean accountExists(Subject subject) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findById(subject.accountId()) != null);
    }
}
