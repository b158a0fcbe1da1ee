package io.rightsflow.request;

import static io.rightsflow.support.Processes.awaitEnded;
import static io.rightsflow.support.Processes.awaitWaitingAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A request the system ends (its profile is being erased) is mailed to its subject once, with the reason. */
@QuarkusTest
class EndedBySystemMailTest {

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    MockMailbox mailbox;

    @AfterEach
    void reset() {
        EngineTime.reset();
    }

    @Test
    void anObjectionEndedByItsProfilesErasureIsMailedToItsSubjectOnceWithTheReason() {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        String objection = subject.fileRequest(Map.of("type", "OBJECTION", "profileId", profile,
                "purposes", List.of("CHALLENGES")));
        awaitWaitingAt(runtime, Processes.ofRequest(objection), "UserTask_ReviewObjection");

        String erasure = subject.eraseProfile(profile);
        String erasureProcess = Processes.ofRequest(erasure);
        awaitWaitingAt(runtime, erasureProcess, "Event_GracePeriodExpired");
        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        awaitEnded(history, erasureProcess);

        Mail mail = Mailbox.await(mailbox, subject.email(), "Your request has ended");
        HistoricProcessInstance notice = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey("request-ending-notice").processInstanceBusinessKey(objection).singleResult();
        awaitEnded(history, notice.getId());
        assertTrue(Processes.passedActivities(history, notice.getId()).contains("Task_SendEndedBySystemMail"));
        assertEquals(1, Mailbox.matching(mailbox, subject.email(), "Your request has ended").size(), "one mail");
        assertTrue(mail.getText().contains("Your objection to a use of the data")
                && mail.getText().contains("the profile it was about is being deleted"), mail.getText());
        assertTrue(!mail.getText().contains("OBJECTION"), "the type in words, not its enum name");
    }
}
