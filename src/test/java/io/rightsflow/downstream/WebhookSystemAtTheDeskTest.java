package io.rightsflow.downstream;

import static io.rightsflow.support.Processes.awaitWaitingAt;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.rightsflow.account.Profile;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Rows;
import io.rightsflow.support.Staff;
import io.rightsflow.support.SystemServer;
import io.rightsflow.support.SystemServer.Received;
import io.rightsflow.support.SystemServer.Reply;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A webhook system that keeps refusing becomes a desk task; it holds neither the other systems
 * nor the purge, only the request's completion, until an agent settles it.
 */
@QuarkusTest
@Tag("database")
@TestProfile(DownstreamSystemsProfile.class)
class WebhookSystemAtTheDeskTest {

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    AgroalDataSource db;

    final SystemServer newsletter = SystemServer.get();

    @AfterEach
    void reset() {
        EngineTime.reset();
    }

    @Test
    void aSystemThatKeepsFailingGoesToTheDeskWhileTheOthersAndThePurgeFinish() throws Exception {
        NewsletterErasure erasure = NewsletterErasure.filed(runtime, "home");
        SystemCall atDesk = keepsFailing(erasure);

        await().atMost(Processes.PATIENCE).until(() -> erasure.callOf("camera").status == SystemCall.Status.COMPLETED);
        await().atMost(Processes.PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Profile.findById(erasure.profileId()) == null));
        assertEquals(1, Rows.mentioning(db, erasure.profileId()), "only the open call still names the profile");
        assertFalse(history.createHistoricProcessInstanceQuery().processInstanceId(erasure.process()).finished().count() > 0);
        assertEquals("IN_PROGRESS", erasure.status(), "open until the desk settles the newsletter tool");
        assertEquals(SystemCall.Status.AT_DESK, atDesk.status);
    }

    @Test
    void givingUpOnASystemNeedsTheReason() {
        NewsletterErasure erasure = NewsletterErasure.filed(runtime);
        SystemCall atDesk = keepsFailing(erasure);
        Staff agent = Staff.create("agent");
        String task = claim(agent, erasure.requestId());

        complete(agent, task, "GIVE_UP_SYSTEM", null, null).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("field", equalTo("reason"));
        stillAtDesk(erasure, atDesk);

        complete(agent, task, "GIVE_UP_SYSTEM", "the tool was switched off in March", null).then().statusCode(204);
        erasure.awaitEnded(history, runtime, newsletter);
        SystemCall givenUp = erasure.callOf("newsletter");
        assertEquals(SystemCall.Status.GIVEN_UP, givenUp.status);
        assertEquals("the tool was switched off in March", givenUp.evidence);
        assertEquals("COMPLETED", erasure.status());
    }

    @Test
    void doneByHandNeedsTheNoteAndTheReferenceOfItsEvidenceAndThenCompletesTheRequest() throws Exception {
        NewsletterErasure erasure = NewsletterErasure.filed(runtime);
        SystemCall atDesk = keepsFailing(erasure);
        Staff agent = Staff.create("agent");
        String task = claim(agent, erasure.requestId());

        complete(agent, task, "DONE_BY_HAND", null, "MKT-311").then().statusCode(400).body("field",
                equalTo("reason"));
        complete(agent, task, "DONE_BY_HAND", "removed from the list by the marketing team", null).then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("field", equalTo("reference"));
        stillAtDesk(erasure, atDesk);

        complete(agent, task, "DONE_BY_HAND", "removed from the list by the marketing team", "MKT-311").then()
                .statusCode(204);
        erasure.awaitEnded(history, runtime, newsletter);
        SystemCall byHand = erasure.callOf("newsletter");
        assertEquals(SystemCall.Status.DONE_BY_HAND, byHand.status);
        assertEquals("MKT-311", byHand.evidenceReference);
        assertEquals("agent:" + agent.username(), byHand.decidedBy);
        assertNull(byHand.profileId);
        assertEquals("COMPLETED", erasure.status());
        assertEquals(0, Rows.mentioning(db, erasure.profileId()), "settled: the profile is named nowhere");
    }

    @Test
    void askingAgainSendsAFreshCallUnderANewIdempotencyKey() {
        NewsletterErasure erasure = NewsletterErasure.filed(runtime);
        SystemCall atDesk = keepsFailing(erasure);
        Staff agent = Staff.create("agent");
        String task = claim(agent, erasure.requestId());
        newsletter.script(erasure.requestId(), Reply.completed(4));

        complete(agent, task, "RETRY_SYSTEM", null, null).then().statusCode(204);
        erasure.awaitEnded(history, runtime, newsletter);

        List<Received> received = newsletter.calls(erasure.requestId());
        Received again = received.get(received.size() - 1);
        assertEquals(200, again.answered().status(), "asked again after the refusals");
        assertEquals(atDesk.id, received.get(0).idempotencyKey());
        assertEquals(received.get(0).idempotencyKey(), received.get(1).idempotencyKey(),
                "the engine's retries are the same request to the system");
        assertEquals(atDesk.id + ".1", again.idempotencyKey(),
                "the desk's asking again is a new one: a system replaying its answer to a known key would replay the failure");
        assertFalse(again.nonce().equals(received.get(0).nonce()), "signed afresh");
        SystemCall completed = erasure.callOf("newsletter");
        assertEquals(SystemCall.Status.COMPLETED, completed.status);
        assertEquals(4L, completed.rowCount);
        assertEquals("COMPLETED", erasure.status());
    }

    /** The newsletter tool answers 500 to every attempt (three, in this profile): the call goes to the desk. */
    private SystemCall keepsFailing(NewsletterErasure erasure) {
        newsletter.script(erasure.requestId(), Reply.status(500));
        erasure.passGracePeriod();
        SystemCall atDesk = erasure.newsletterCall(SystemCall.Status.AT_DESK);
        awaitWaitingAt(runtime, atDesk.processInstanceId, "UserTask_SettleSystem");
        assertTrue(newsletter.calls(erasure.requestId()).size() >= 3, "every attempt used");
        return atDesk;
    }

    private void stillAtDesk(NewsletterErasure erasure, SystemCall before) {
        SystemCall now = erasure.callOf("newsletter");
        assertEquals(SystemCall.Status.AT_DESK, now.status);
        assertEquals(before.version, now.version, "the call's row is untouched");
        assertNull(now.decision);
        assertTrue(runtime.getActiveActivityIds(now.processInstanceId).contains("UserTask_SettleSystem"));
    }

    private static String claim(Staff agent, String requestId) {
        String task = await().atMost(Processes.PATIENCE).until(() -> {
            List<Map<String, Object>> tasks = agent.api().get("/api/desk/tasks").then().statusCode(200)
                    .extract().jsonPath().getList("");
            return tasks.stream().filter(t -> requestId.equals(t.get("requestId"))
                    && "UserTask_SettleSystem".equals(t.get("taskKey"))).map(t -> (String) t.get("taskId"))
                    .findFirst().orElse(null);
        }, t -> t != null);
        agent.api().post("/api/desk/tasks/{id}/claim", task).then().statusCode(200);
        return task;
    }

    private static Response complete(Staff agent, String task, String decision, String reason, String reference) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        if (reason != null) {
            body.put("reason", reason);
        }
        if (reference != null) {
            body.put("reference", reference);
        }
        return agent.api().body(body).post("/api/desk/tasks/{id}/complete", task);
    }
}
