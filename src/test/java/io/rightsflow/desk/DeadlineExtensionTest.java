package io.rightsflow.desk;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Simultaneously;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("database")
class DeadlineExtensionTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    ManagementService management;

    @Inject
    HistoryService history;

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void anAgentExtendsADueDateOnceByUpToTwoMonthsAndTheSubjectIsToldWhy() {
        Subject subject = Subject.create();
        String requestId = DeskResourceTest.objectToChallenges(subject);
        Staff agent = Staff.create("agent");
        Instant dueAt = Instant.parse(subject.api().get("/api/requests/{id}", requestId).then().extract().path("dueAt"));

        agent.api().body(Map.of("months", 2, "reason", "We must ask the device maker about firmware logs."))
                .post("/api/requests/{id}/extension", requestId).then().statusCode(200)
                .body("extendedMonths", equalTo(2));

        Instant extended = dueAt.atZone(ZoneOffset.UTC).plusMonths(2).toInstant();
        subject.api().get("/api/requests/{id}", requestId).then()
                .body("dueAt", equalTo(extended.toString())).body("extendedMonths", equalTo(2));
        String mail = Mailbox.await(mailbox, subject.email(), "more time").getText();
        assertTrue(mail.contains("firmware logs") && mail.contains("2 month"), mail);
        agent.api().body(Map.of("months", 1, "reason", "again")).post("/api/requests/{id}/extension", requestId).then()
                .statusCode(409).body("detail", containsString("already extended once"));
    }

    @Test
    void twoExtensionsAtTheSameInstantMoveTheDueDateOnceAndMailThePersonOnce() throws Exception {
        Staff agent = Staff.create("agent");
        for (int round = 0; round < 3; round++) {
            Subject subject = Subject.create();
            String requestId = DeskResourceTest.objectToChallenges(subject);
            Instant dueAt = Instant.parse(subject.api().get("/api/requests/{id}", requestId).then().extract().path("dueAt"));

            List<Integer> codes = Simultaneously.twice(() -> agent.api()
                    .body(Map.of("months", 2, "reason", "We must ask the device maker about firmware logs."))
                    .post("/api/requests/{id}/extension", requestId)).stream()
                    .map(io.restassured.response.Response::statusCode).sorted().toList();

            assertEquals(List.of(200, 409), codes, "one extension wins, the other is refused");
            subject.api().get("/api/requests/{id}", requestId).then().body("extendedMonths", equalTo(2))
                    .body("dueAt", equalTo(dueAt.atZone(ZoneOffset.UTC).plusMonths(2).toInstant().toString()));
            Mailbox.await(mailbox, subject.email(), "more time");
            List<HistoricProcessInstance> told = history.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(requestId + ":extension").list();
            assertEquals(1, told.size(), "one process tells the person");
            Processes.awaitEnded(history, told.get(0).getId());
            assertEquals(1, Mailbox.matching(mailbox, subject.email(), "more time").size());
        }
    }

    @Test
    void anExtensionNeedsOneOrTwoMonthsAndReasonsAndOnlyAnAgentMayGrantIt() {
        Subject subject = Subject.create();
        String requestId = DeskResourceTest.objectToChallenges(subject);
        Staff agent = Staff.create("agent");

        agent.api().body(Map.of("months", 3, "reason", "busy")).post("/api/requests/{id}/extension", requestId).then()
                .statusCode(400).body("detail", containsString("1 or 2"));
        agent.api().body(Map.of("months", 1)).post("/api/requests/{id}/extension", requestId).then()
                .statusCode(400).body("detail", containsString("reason is required"));
        subject.api().body(Map.of("months", 1, "reason", "please")).post("/api/requests/{id}/extension", requestId)
                .then().statusCode(403);
        subject.api().get("/api/requests/{id}", requestId).then().body("extendedMonths", equalTo(null));
    }

    @Test
    void noExtensionOnceTheFirstMonthHasPassed() {
        Subject subject = Subject.create();
        String requestId = DeskResourceTest.objectToChallenges(subject);
        String dueAt = subject.api().get("/api/requests/{id}", requestId).then().extract().path("dueAt");
        EngineTime.moveBy(Duration.ofDays(32));

        Staff.create("agent").api().body(Map.of("months", 1, "reason", "late"))
                .post("/api/requests/{id}/extension", requestId).then()
                .statusCode(409).body("detail", containsString("past its first month"));
        subject.api().get("/api/requests/{id}", requestId).then()
                .body("dueAt", equalTo(dueAt)).body("extendedMonths", equalTo(null));
    }

    @Test
    void theEscalationTimerMovesWithTheDueDate() {
        Subject subject = Subject.create();
        String requestId = DeskResourceTest.objectToChallenges(subject);
        String process = Processes.ofRequest(requestId);
        org.awaitility.Awaitility.await().atMost(Processes.PATIENCE).until(() -> escalation(process) != null);
        Instant before = escalation(process).toInstant();

        Staff.create("agent").api().body(Map.of("months", 1, "reason", "complex"))
                .post("/api/requests/{id}/extension", requestId).then().statusCode(200);

        assertEquals(before.atZone(ZoneOffset.UTC).plusMonths(1).toInstant().getEpochSecond(),
                escalation(process).toInstant().getEpochSecond(), 86_400, "about a month later");
        assertTrue(escalation(process).toInstant().isAfter(before.plus(Duration.ofDays(27))));
    }

    private Date escalation(String process) {
        List<org.camunda.bpm.engine.runtime.Job> timers = management.createJobQuery().processInstanceId(process).timers().list();
        return timers.isEmpty() ? null : timers.get(0).getDuedate();
    }
}
