package io.rightsflow.hold;

import static io.rightsflow.support.Processes.awaitEnded;
import static io.rightsflow.support.Processes.awaitWaitingAt;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A hold placed once an erasure has found none and begun to delete would keep nothing: it is
 * refused with the erasure named, and nothing is stored. A hold elsewhere in the account still holds.
 */
@QuarkusTest
class HoldAfterPurgeBeganTest {

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    ManagementService management;

    @Inject
    MockMailbox mailbox;

    @AfterEach
    void resume() {
        purgeJobs().forEach(d -> management.activateJobDefinitionById(d.getId(), true));
        EngineTime.reset();
    }

    @Test
    void aHoldOnAProfileWhosePurgeHasBegunIsRefusedAndStoresNothingWhileTheAccountCanStillBeHeld() {
        Subject subject = Subject.create();
        String child = subject.addProfile("Sam");
        Staff officer = Staff.create("compliance-officer");
        Instant filedAt = Instant.now();
        String requestId = subject.eraseProfile(child);
        String process = Processes.ofRequest(requestId);
        Mailbox.await(mailbox, subject.email(), "scheduled for deletion");
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");
        purgeJobs().forEach(d -> management.suspendJobDefinitionById(d.getId(), true));
        EngineTime.moveTo(filedAt.plus(Duration.ofDays(7)).plusSeconds(60));
        awaitWaitingAt(runtime, process, "Task_PurgeProfileData");
        int holdsBefore = holdCount(officer);

        officer.api().body(Map.of("subjectType", "PROFILE", "subjectId", child, "reason", "LEGAL_CLAIMS"))
                .post("/api/holds").then().statusCode(409)
                .body("requestId", equalTo(requestId)).body("detail", containsString("has begun to delete"));

        assertEquals(holdsBefore, holdCount(officer), "no hold stored");
        officer.api().body(Map.of("subjectType", "ACCOUNT", "subjectId", subject.accountId(), "reason", "LEGAL_CLAIMS"))
                .post("/api/holds").then().statusCode(201);
        purgeJobs().forEach(d -> management.activateJobDefinitionById(d.getId(), true));
        awaitEnded(history, process);
        subject.api().get("/api/requests/{id}", requestId).then().body("status", equalTo("COMPLETED"));
    }

    private static int holdCount(Staff officer) {
        return officer.api().get("/api/holds").then().statusCode(200).extract().jsonPath().getList("id").size();
    }

    private List<JobDefinition> purgeJobs() {
        return management.createJobDefinitionQuery().processDefinitionKey("profile-erasure")
                .activityIdIn("Task_PurgeProfileData").list();
    }
}
