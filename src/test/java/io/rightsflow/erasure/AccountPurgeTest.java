package io.rightsflow.erasure;

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

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Desk;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Rows;
import io.rightsflow.support.Seed;
import io.rightsflow.support.Staff;
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
class AccountPurgeTest {

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    MockMailbox mailbox;

    @Inject
    AgroalDataSource db;

    @AfterEach
    void reset() {
        EngineTime.reset();
        InterruptedPurge.ARMED_FOR.set(null);
    }

    @Test
    void afterTheGracePeriodNoRowOfTheAccountIsLeftAndAFinalMailGoesToTheAddressItHad() throws Exception {
        Subject subject = Subject.create("Very Personal Name");
        Subject neighbour = Subject.create();
        Seed.everyKindOfData(subject, subject.mainProfileId());
        Seed.everyKindOfData(neighbour, neighbour.mainProfileId());
        long neighbourRows = Rows.mentioning(db, neighbour.mainProfileId());
        String archive = exportedAccount(subject);
        String cancelled = subject.fileRequest(Map.of("type", "ACCOUNT_ERASURE", "accountId", subject.accountId()));
        Desk.withNewAgent().claimAndDecide(cancelled, "CANCEL_DELETION", "the person called back");
        awaitEnded(history, Processes.ofRequest(cancelled));
        String objection = subject.fileRequest(Map.of("type", "OBJECTION", "profileId", subject.mainProfileId(),
                "purposes", List.of("CHALLENGES")));

        String requestId = subject.fileRequest(Map.of("type", "ACCOUNT_ERASURE", "accountId", subject.accountId()));
        String process = eraseAndExpire(subject, requestId);

        assertEquals(0, Rows.mentioning(db, subject.accountId()), "rows of the account left");
        assertEquals(0, Rows.mentioning(db, subject.mainProfileId()), "rows of its profile left");
        assertEquals(0, Rows.mentioning(db, subject.email()), "its address left");
        assertEquals(0, Rows.mentioning(db, "Very Personal Name"), "its name left");
        assertEquals(0, linksOfRequestsOf(subject.accountId()), "the links of its requests are its tokens: gone");
        assertEquals(0, StoredArchives.chunks(db, archive), "its export archive is deleted with it");
        assertEquals(neighbourRows, Rows.mentioning(db, neighbour.mainProfileId()), "another account untouched");

        assertEquals(1, Mailbox.matching(mailbox, subject.email(), "Your account has been deleted").size());
        subject.api().get("/api/me").then().statusCode(401);
        Staff.create("agent").api().get("/api/requests/{id}", requestId).then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
        Staff.create("agent").api().get("/api/requests/{id}", objection).then().body("status", equalTo("CANCELLED"));

        List<String> path = Processes.passedActivities(history, process);
        assertTrue(path.stream().filter("Task_PurgeAccountData"::equals).count() > 3,
                "the purge ran in several bounded batches: " + path);
        assertTrue(path.indexOf("Task_RemoveAccount") < path.indexOf("Task_SendAccountDeletionCompletedMail"),
                "the account row goes first; the final mail has its address kept for it alone");
        String erased = auditDetail(requestId, "ACCOUNT_ERASED");
        assertTrue(erased.contains("measurements=") && erased.contains("profiles=1") && erased.contains("email links="),
                erased);
    }

    @Test
    void processVariablesHoldIdsAndCountsButNoPersonalData() {
        Subject subject = Subject.create("Very Personal Name");
        Seed.everyKindOfData(subject, subject.mainProfileId());
        String requestId = subject.fileRequest(Map.of("type", "ACCOUNT_ERASURE", "accountId", subject.accountId()));
        String process = eraseAndExpire(subject, requestId);

        List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
                .processInstanceId(process).list();
        assertFalse(variables.isEmpty());
        for (HistoricVariableInstance v : variables) {
            assertTrue(List.of("requestId", "accountId", "purgeComplete").contains(v.getName())
                    || v.getName().equals("purgeCounts"), "unexpected variable " + v.getName());
            String value = String.valueOf(v.getValue());
            assertFalse(value.contains("@") || value.contains("Very Personal Name"), v.getName() + " holds personal data");
        }
    }

    @Test
    void aPurgeInterruptedByACrashFinishesWhenTheEngineRunsItsJobAgain() throws Exception {
        Subject subject = Subject.create();
        Seed.everyKindOfData(subject, subject.mainProfileId());
        InterruptedPurge.ARMED_FOR.set(subject.mainProfileId());
        String requestId = subject.fileRequest(Map.of("type", "ACCOUNT_ERASURE", "accountId", subject.accountId()));

        String process = eraseAndExpire(subject, requestId);

        assertEquals(0, Rows.mentioning(db, subject.accountId()));
        assertEquals(0, Rows.mentioning(db, subject.mainProfileId()));
        assertTrue(history.createHistoricJobLogQuery().processInstanceId(process).failureLog().count() >= 1,
                "the interrupted batch failed once");
        assertEquals(1, Mailbox.matching(mailbox, subject.email(), "Your account has been deleted").size());
    }

    @Test
    void customerServiceRacingTheTimerHasExactlyOneOutcome() throws Exception {
        Staff agent = Staff.create("agent");
        Desk desk = new Desk(agent);
        for (int delay = 0; delay <= 1500; delay += 300) {
            Subject subject = Subject.create();
            subject.api().body(Map.of("category", "height", "takenAt", "2026-02-01T08:00:00Z", "value", 170, "unit", "cm"))
                    .post("/api/profiles/{id}/measurements", subject.mainProfileId()).then().statusCode(201);
            Instant filedAt = Instant.now();
            String requestId = subject.fileRequest(Map.of("type", "ACCOUNT_ERASURE", "accountId", subject.accountId()));
            String process = Processes.ofRequest(requestId);
            String taskId = desk.taskIdOf(requestId);
            agent.api().post("/api/desk/tasks/{id}/claim", taskId).then().statusCode(200);
            awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");

            EngineTime.moveTo(filedAt.plus(Duration.ofDays(7)).plusSeconds(5));
            Thread.sleep(delay);
            int answer = agent.api().body(Map.of("decision", "CANCEL_DELETION", "reason", "called just in time"))
                    .post("/api/desk/tasks/{id}/complete", taskId).statusCode();
            awaitEnded(history, process);
            EngineTime.reset();

            List<String> path = Processes.passedActivities(history, process);
            String status = agent.api().get("/api/requests/{id}", requestId).then().extract().path("status");
            long deletedMails = Mailbox.matching(mailbox, subject.email(), "Your account has been deleted").size();
            long cancelledMails = Mailbox.matching(mailbox, subject.email(), "deletion of your account has been cancelled")
                    .size();
            if (answer == 204) {
                assertEquals("CANCELLED", status);
                assertFalse(path.contains("Task_PurgeAccountData"), "cancelled, then purged: " + path);
                subject.api().get("/api/me").then().statusCode(200);
                assertEquals(List.of(1L, 0L), List.of(cancelledMails, deletedMails), "told of the cancellation only");
            } else {
                assertEquals(409, answer, "the agent is told the deletion went ahead");
                assertEquals("COMPLETED", status);
                assertFalse(path.contains("Task_RestoreAccount"), "purged, yet restored: " + path);
                assertEquals(0, Rows.mentioning(db, subject.accountId()));
                assertEquals(0, count("select count(*) from deletion_cancellation where request_id = ?", requestId), "the losing decision left no record");
                assertEquals(List.of(0L, 1L), List.of(cancelledMails, deletedMails), "told of the deletion only");
            }
        }
    }

    private String eraseAndExpire(Subject subject, String requestId) {
        String process = Processes.ofRequest(requestId);
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");
        Mailbox.await(mailbox, subject.email(), "Your account is scheduled for deletion");
        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        awaitEnded(history, process);
        Mailbox.await(mailbox, subject.email(), "Your account has been deleted");
        return process;
    }

    /** Exports the whole account and waits for its archive, which the purge must take with it. */
    private String exportedAccount(Subject subject) {
        String requestId = subject.fileRequest(Map.of("type", "EXPORT", "accountId", subject.accountId()));
        await().atMost(Processes.PATIENCE).until(() -> StoredArchives.chunks(db, requestId) > 0);
        Mailbox.await(mailbox, subject.email(), "ready to download");
        return requestId;
    }

    private long linksOfRequestsOf(String accountId) throws Exception {
        return count("select count(*) from link_token l join data_request r on r.id = l.request_id "
                + "where r.account_id = ?", accountId);
    }

    private String auditDetail(String requestId, String kind) throws Exception {
        try (var connection = db.getConnection();
                var statement = connection.prepareStatement(
                        "select detail from audit_event where request_id = ? and kind = ?")) {
            statement.setString(1, requestId);
            statement.setString(2, kind);
            try (var result = statement.executeQuery()) {
                assertTrue(result.next(), "no " + kind + " in the trail");
                return result.getString(1);
            }
        }
    }

    private long count(String sql, String parameter) throws Exception {
        try (var connection = db.getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
