package io.rightsflow.desk;

import static io.rightsflow.support.Processes.awaitEnded;
import static io.rightsflow.support.Processes.awaitWaitingAt;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Desk;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.PartnerServer;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The other task kinds get their own decision form: here a partner that keeps refusing an erasure notice. */
@QuarkusTest
@Tag("browser")
class PartnerNoticeTaskPageTest {

    static final String APPLE_NOTICES = "/apple-health/erasure-notices";

    @RegisterExtension
    static Browser browser = new Browser();

    final PartnerServer partners = PartnerServer.get();

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    ManagementService management;

    @AfterEach
    void reset() {
        EngineTime.reset();
        partners.clearScript(APPLE_NOTICES);
    }

    @Test
    void givingUpOnAPartnerFromTheTaskPageNeedsAReasonAndThenEndsItsNotice() {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        subject.api().body(Map.of("partner", "apple-health")).post("/api/profiles/{id}/partners", profile).then()
                .statusCode(201);
        Integer[] refusals = new Integer[40];
        Arrays.fill(refusals, 503);
        partners.script(APPLE_NOTICES, refusals);
        String requestId = subject.eraseProfile(profile);
        String process = Processes.ofRequest(requestId);
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");
        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        awaitEnded(history, process);
        String notice = exhaustRetries(requestId);
        Desk desk = Desk.withNewAgent();
        // the last attempt runs on the job executor, which a busy machine may leave waiting a while
        await().atMost(Duration.ofSeconds(90)).until(() -> desk.staff().api().get("/api/desk/tasks").then()
                .extract().jsonPath().getList("requestId").contains(requestId));
        String taskId = desk.taskIdOf(requestId);
        browser.signIn(desk.staff().username(), desk.staff().password()).open("/desk/tasks/" + taskId);

        assertThat(browser.text(), allOf(containsString("Reach partner app or give up"),
                containsString("erasure notice to partner apple-health")));
        browser.press("Claim");
        browser.labelled("Give up on this partner: it is not told of the erasure").click();
        browser.press("Record the decision");

        assertThat(browser.text(), containsString("Write why this partner is given up on: auditors read it."));
        assertEquals(taskId, desk.taskIdOf(requestId), "the task is still open");

        browser.type("Reason (required to give up; kept with the notice for auditors)", "The partner closed its service.");
        browser.press("Record the decision");

        assertThat(browser.path(), equalTo("/desk"));
        awaitEnded(history, notice);
        Staff.create("auditor").api().get("/api/audit/requests/{id}", requestId).then().statusCode(200)
                .body("events.find { it.kind == 'DECISION' }.detail", allOf(containsString("GIVE_UP"),
                        containsString("The partner closed its service.")));
    }

    /** Waits for the first refused attempt of the request's notice process, then leaves it one attempt. */
    private String exhaustRetries(String requestId) {
        await().atMost(Processes.PATIENCE).until(() -> runtime.createProcessInstanceQuery()
                .processDefinitionKey("partner-erasure-notice").processInstanceBusinessKey(requestId).count() == 1);
        String notice = runtime.createProcessInstanceQuery().processDefinitionKey("partner-erasure-notice")
                .processInstanceBusinessKey(requestId).singleResult().getId();
        await().atMost(Processes.PATIENCE).until(() ->
                management.createJobQuery().processInstanceId(notice).withException().count() == 1);
        await().atMost(Processes.PATIENCE).ignoreException(OptimisticLockingException.class).until(() -> {
            management.setJobRetries(management.createJobQuery().processInstanceId(notice).singleResult().getId(), 1);
            return true;
        });
        return notice;
    }
}
