package io.rightsflow.erasure;

import static io.rightsflow.support.Processes.awaitEnded;
import static io.rightsflow.support.Processes.awaitWaitingAt;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rightsflow.support.RealSmtpProfile;
import io.rightsflow.support.SmtpServer;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Rows;
import io.rightsflow.support.Seed;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The last mail of an account erasure goes after the account row: a mail server that is down keeps nothing in place. */
@QuarkusTest
@TestProfile(RealSmtpProfile.class)
class FarewellMailTest {

    final SmtpServer smtp = new SmtpServer();

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void startSmtp() {
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
        EngineTime.reset();
    }

    @Test
    void aFinalMailThatKeepsFailingLeavesNoAccountRowAndKeepsTheAddressOnlyUntilItIsSent() throws Exception {
        Subject subject = Subject.create("Very Personal Name");
        Seed.everyKindOfData(subject, subject.mainProfileId());
        String requestId = subject.fileRequest(Map.of("type", "ACCOUNT_ERASURE", "accountId", subject.accountId()));
        String process = Processes.ofRequest(requestId);
        smtp.awaitMessage(subject.email(), "scheduled for deletion");
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");

        smtp.stop();
        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        await().atMost(Processes.PATIENCE).until(() -> history.createHistoricJobLogQuery().processInstanceId(process)
                .activityIdIn("Task_SendAccountDeletionCompletedMail").failureLog().count() >= 2);

        assertEquals(0, count("select count(*) from account where id = ?", subject.accountId()), "the account row is gone");
        assertEquals(0, Rows.mentioning(db, subject.mainProfileId()), "its data is gone");
        assertEquals(0, Rows.mentioning(db, "Very Personal Name"));
        assertEquals(1, Rows.mentioning(db, subject.email()), "only the pending farewell mail keeps the address");
        subject.api().get("/api/me").then().statusCode(401);

        smtp.start();
        smtp.awaitMessage(subject.email(), "Your account has been deleted");
        awaitEnded(history, process);
        assertEquals(0, Rows.mentioning(db, subject.email()), "the address goes with the mail that needed it");
        Thread.sleep(2000); // longer than the retry interval: a duplicate would have arrived by now
        assertEquals(1, smtp.messages(subject.email(), "Your account has been deleted").size());
        List<String> path = Processes.passedActivities(history, process);
        assertTrue(path.indexOf("Task_RemoveAccount") < path.indexOf("Task_SendAccountDeletionCompletedMail"), path.toString());
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
