package io.rightsflow.desk;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Desk;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeskResourceTest {

    static final String DESK = "desk@rightsflow.local";

    @Inject
    MockMailbox mailbox;

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void onlyAgentsWorkTheDesk() {
        Subject subject = Subject.create();
        subject.api().get("/api/desk/tasks").then().statusCode(403).contentType("application/problem+json");
        Staff.create("auditor").api().get("/api/desk/tasks").then().statusCode(403);
        Staff.create("agent").api().get("/api/desk/tasks").then().statusCode(200);
    }

    @Test
    void aTaskShowsItsRequestAndItsStateAndTheFiltersFindIt() {
        Subject subject = Subject.create();
        String requestId = objectToChallenges(subject);
        Desk desk = Desk.withNewAgent();

        Map<String, Object> task = desk.taskOf(requestId);
        assertEquals("Review objection", task.get("name"));
        assertEquals("OBJECTION", task.get("requestType"));
        assertEquals(subject.mainProfileId(), task.get("profileId"));
        assertEquals(false, task.get("overdue"));
        assertEquals(null, task.get("assignee"));
        assertEquals(List.of("ACCEPT", "REJECT"), task.get("decisions"));

        desk.staff().api().get("/api/desk/tasks?type=OBJECTION&assignee=none&overdue=false").then()
                .body("requestId", hasItem(requestId));
        desk.staff().api().post("/api/desk/tasks/{id}/claim", task.get("taskId")).then().statusCode(200)
                .body("assignee", equalTo(desk.staff().username()));
        desk.staff().api().get("/api/desk/tasks?assignee=me").then().body("requestId", equalTo(List.of(requestId)));
        desk.staff().api().get("/api/desk/tasks?type=EXPORT").then().body("requestId", org.hamcrest.Matchers.not(hasItem(requestId)));
    }

    @Test
    void tasksAreListedOldestDueFirst() {
        String older = objectToChallenges(Subject.create());
        EngineTime.moveBy(Duration.ofDays(1));
        String newer = objectToChallenges(Subject.create());
        Desk desk = Desk.withNewAgent();
        desk.taskOf(newer);

        List<String> order = desk.staff().api().get("/api/desk/tasks").then().extract().jsonPath().getList("requestId");
        assertTrue(order.indexOf(older) < order.indexOf(newer), order.toString());
        List<String> due = desk.staff().api().get("/api/desk/tasks").then().extract().jsonPath().getList("dueAt");
        // Compared as instants: ISO text sorts "…:37Z" after "…:37.896Z".
        List<Instant> dueAt = due.stream().map(Instant::parse).toList();
        assertEquals(dueAt.stream().sorted().toList(), dueAt);
    }

    @Test
    void aTaskClaimedByOneAgentCanBeNeitherClaimedNorCompletedByAnother() {
        String requestId = objectToChallenges(Subject.create());
        Desk first = Desk.withNewAgent();
        Desk second = Desk.withNewAgent();
        String taskId = first.taskIdOf(requestId);

        first.staff().api().body(Map.of("decision", "ACCEPT")).post("/api/desk/tasks/{id}/complete", taskId).then()
                .statusCode(409).body("detail", containsString("claim task"));
        first.staff().api().post("/api/desk/tasks/{id}/claim", taskId).then().statusCode(200);
        second.staff().api().post("/api/desk/tasks/{id}/claim", taskId).then()
                .statusCode(409).body("detail", containsString(first.staff().username()));
        second.staff().api().body(Map.of("decision", "ACCEPT")).post("/api/desk/tasks/{id}/complete", taskId).then()
                .statusCode(409);
        second.staff().api().post("/api/desk/tasks/{id}/unclaim", taskId).then().statusCode(409);

        first.staff().api().post("/api/desk/tasks/{id}/unclaim", taskId).then().statusCode(200);
        second.staff().api().post("/api/desk/tasks/{id}/claim", taskId).then().statusCode(200);
        second.staff().api().body(Map.of("decision", "MAYBE")).post("/api/desk/tasks/{id}/complete", taskId).then()
                .statusCode(400).body("detail", containsString("ACCEPT, REJECT"));
        second.staff().api().body(Map.of("decision", "REJECT")).post("/api/desk/tasks/{id}/complete", taskId).then()
                .statusCode(400).body("detail", containsString("reason"));
        second.staff().api().body(Map.of("decision", "ACCEPT")).post("/api/desk/tasks/{id}/complete", taskId).then()
                .statusCode(204);
        second.staff().api().post("/api/desk/tasks/{id}/claim", taskId).then().statusCode(409).body("detail", containsString("no longer open"));
    }

    @Test
    void aTaskNearingItsDueDateIsFlaggedAndTheDeskIsMailedAndAnOverdueOneShowsAsSuch() {
        Subject subject = Subject.create();
        String requestId = objectToChallenges(subject);
        Desk desk = Desk.withNewAgent();
        Instant dueAt = Instant.parse((String) desk.taskOf(requestId).get("dueAt"));

        EngineTime.moveTo(dueAt.minus(Duration.ofDays(5)).plusSeconds(60));
        await().atMost(Processes.PATIENCE).until(() -> Mailbox.matching(mailbox, DESK, "due soon").stream()
                .anyMatch(mail -> mail.getText().contains(requestId)));
        await().atMost(Processes.PATIENCE).until(() -> Boolean.TRUE.equals(desk.taskOf(requestId).get("escalated")));
        assertEquals(false, desk.taskOf(requestId).get("overdue"), "flagged, still open, not yet overdue");

        EngineTime.moveTo(dueAt.plusSeconds(60));
        assertEquals(true, desk.taskOf(requestId).get("overdue"));
        desk.staff().api().get("/api/requests?overdue=true").then().body("id", hasItem(requestId));
        desk.staff().api().get("/api/desk/tasks?overdue=true").then().body("requestId", hasItem(requestId));
    }

    static String objectToChallenges(Subject subject) {
        return subject.fileRequest(Map.of("type", "OBJECTION", "profileId", subject.mainProfileId(),
                "purposes", List.of("CHALLENGES")));
    }
}
