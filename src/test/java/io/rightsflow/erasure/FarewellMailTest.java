package io.rightsflow.erasure;

import static io.rightsflow.support.Processes.awaitEnded;
import static io.rightsflow.support.Processes.awaitWaitingAt;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rightsflow.mail.RealSmtpProfile;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Rows;
import io.rightsflow.support.Seed;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The last mail of an account erasure goes after the account row: a mail server that is down keeps nothing in place. */
@QuarkusTest
@TestProfile(RealSmtpProfile.class)
class FarewellMailTest {

    GreenMail smtp;

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void startSmtp() {
        smtp = newSmtpServer();
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
        awaitMessage(subject.email(), "scheduled for deletion");
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

        smtp = newSmtpServer();
        smtp.start();
        awaitMessage(subject.email(), "Your account has been deleted");
        awaitEnded(history, process);
        assertEquals(0, Rows.mentioning(db, subject.email()), "the address goes with the mail that needed it");
        Thread.sleep(2000); // longer than the retry interval: a duplicate would have arrived by now
        assertEquals(1, messages(subject.email(), "Your account has been deleted").size());
        List<String> path = Processes.passedActivities(history, process);
        assertTrue(path.indexOf("Task_RemoveAccount") < path.indexOf("Task_SendAccountDeletionCompletedMail"), path.toString());
    }

    private static GreenMail newSmtpServer() {
        return new GreenMail(new ServerSetup(RealSmtpProfile.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    private void awaitMessage(String to, String subjectContains) {
        await().atMost(Processes.PATIENCE).until(() -> !messages(to, subjectContains).isEmpty());
    }

    private List<MimeMessage> messages(String to, String subjectContains) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)
                        && m.getSubject().contains(subjectContains);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
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
