package io.rightsflow.erasure;

import static io.rightsflow.support.Processes.awaitEnded;
import static io.rightsflow.support.Processes.awaitWaitingAt;
import static io.rightsflow.support.Processes.passedActivities;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.request.RequestLifecycle;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An erasure started on the profile-erasure version deployed before its steps were renamed and its
 * request statuses moved into listeners runs to its end on that version after the upgrade.
 */
@QuarkusTest
class EarlierProfileErasureTest {

    static final Duration GRACE = Duration.ofDays(7);

    @Inject
    RepositoryService repository;

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    MockMailbox mailbox;

    @Inject
    RequestLifecycle lifecycle;

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void anErasureOfTheEarlierVersionReactivatedInItsGracePeriodEndsWithItsRequestCancelled() {
        Subject subject = Subject.create();
        String child = subject.addProfile("Charlie");
        String requestId = eraseOnTheEarlierVersion(subject, child);
        String process = Processes.ofRequest(requestId);
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");
        assertTrue(passedActivities(history, process).contains("Task_SendDeletionScheduledMail"));
        Mailbox.await(mailbox, subject.email(), "scheduled for deletion");
        assertEquals("GRACE_PERIOD", statusOf(subject, requestId));

        subject.api().post("/api/profiles/{id}/reactivation", child).then().statusCode(200);

        awaitEnded(history, process);
        assertEquals("CANCELLED", statusOf(subject, requestId));
        subject.api().get("/api/accounts/{id}", subject.accountId()).then()
                .body("profiles.find { it.profileId == '" + child + "' }.status", equalTo("ACTIVE"));
        Mailbox.await(mailbox, subject.email(), "has been reactivated");
    }

    @Test
    void anErasureOfTheEarlierVersionWhoseGracePeriodEndsIsPurgedThroughItsEarlierStepNames() {
        Subject subject = Subject.create();
        String child = subject.addProfile("Charlie");
        Instant filedAt = Instant.now();
        String requestId = eraseOnTheEarlierVersion(subject, child);
        String process = Processes.ofRequest(requestId);
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");

        EngineTime.moveTo(filedAt.plus(GRACE).plusSeconds(60));

        awaitEnded(history, process);
        List<String> path = passedActivities(history, process);
        assertTrue(path.containsAll(List.of("Task_EndOtherRequests", "Task_DisconnectPartners", "Task_RemoveProfile",
                "Task_SendDeletionCompletedMail", "EndEvent_ProfileErased")), path.toString());
        assertEquals("COMPLETED", statusOf(subject, requestId));
        subject.api().get("/api/accounts/{id}", subject.accountId()).then().body("profiles.size()", equalTo(1));
        Mailbox.await(mailbox, subject.email(), "has been deleted");
    }

    /** Files the erasure while the earlier version is the latest, then deploys today's again on top of it. */
    private String eraseOnTheEarlierVersion(Subject subject, String profileId) {
        String earlier = deploy("earlier profile-erasure", getClass().getResourceAsStream("profile-erasure-earlier.bpmn"));
        try {
            String requestId = subject.eraseProfile(profileId);
            assertEquals(earlier, runtime.createProcessInstanceQuery().processInstanceId(Processes.ofRequest(requestId))
                    .singleResult().getProcessDefinitionId());
            // That version's mark step, run before the upgrade, set the grace period's status itself;
            // today's step leaves it to the process.
            QuarkusTransaction.requiringNew().run(() -> lifecycle.status(requestId, "GRACE_PERIOD"));
            return requestId;
        } finally {
            try {
                deploy("rightsflow", Files.newInputStream(Path.of("bpmn/profile-erasure.bpmn")));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private String deploy(String name, InputStream bpmn) {
        return repository.createDeployment().name(name).addInputStream("profile-erasure.bpmn", bpmn)
                .deployWithResult().getDeployedProcessDefinitions().get(0).getId();
    }

    private String statusOf(Subject subject, String requestId) {
        return subject.api().get("/api/requests/{id}", requestId).then().extract().path("status");
    }
}
