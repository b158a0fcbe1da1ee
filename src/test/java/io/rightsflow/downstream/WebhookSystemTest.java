package io.rightsflow.downstream;

import static io.rightsflow.support.Processes.awaitEnded;
import static io.rightsflow.support.Processes.awaitWaitingAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Subject;
import io.rightsflow.support.SystemServer;
import io.rightsflow.support.SystemServer.Received;
import io.rightsflow.support.SystemServer.Reply;
import io.rightsflow.system.Signatures;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A webhook system (the newsletter tool, a real HTTP server here): our signed call, and its answer at once or later. */
@QuarkusTest
@Tag("database")
@TestProfile(DownstreamSystemsProfile.class)
class WebhookSystemTest {

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    final SystemServer newsletter = SystemServer.get();

    @AfterEach
    void reset() {
        EngineTime.reset();
    }

    @Test
    void ourCallIsSignedWithTheSystemsSecretAndA200CompletedEndsItsPartAtOnceWithItsCount() {
        NewsletterErasure erasure = NewsletterErasure.filed(runtime);
        newsletter.script(erasure.requestId(), Reply.completed(3));
        erasure.passGracePeriod();
        erasure.awaitEnded(history, runtime, newsletter);

        List<Received> received = newsletter.calls(erasure.requestId());
        assertEquals(1, received.size(), "asked once");
        Received call = received.get(0);
        assertEquals(Signatures.of(DownstreamSystemsProfile.NEWSLETTER_SECRET, call.timestamp(), call.nonce(), call.body()),
                call.signature(), "HMAC-SHA256 of timestamp.nonce.body with the newsletter's secret");
        assertTrue(call.signature().matches("sha256=[0-9a-f]{64}"), call.signature());
        long skew = Math.abs(Long.parseLong(call.timestamp()) - ClockUtil.now().toInstant().getEpochSecond());
        assertTrue(skew < 300, "signed at the time it was sent: " + skew + "s off");
        JsonNode body = call.json();
        assertEquals(erasure.requestId(), body.path("requestId").asText());
        assertEquals("PROFILE_ERASURE", body.path("type").asText());
        assertEquals(erasure.profileId(), body.path("profileId").asText());
        assertEquals(erasure.subject().accountId(), body.path("accountId").asText());
        SystemCall recorded = erasure.callOf("newsletter");
        assertEquals(recorded.id, call.idempotencyKey(), "the call's id is its Idempotency-Key");
        assertTrue(body.path("callbackUrl").asText().endsWith("/api/systems/callbacks/" + recorded.id),
                body.path("callbackUrl").asText());
        assertEquals(SystemCall.Status.COMPLETED, recorded.status);
        assertEquals(3L, recorded.rowCount);
        assertEquals("COMPLETED", erasure.status());
    }

    @Test
    void aSystemThatTakesTheRequestCompletesItsPartWithALateButTimelyCallback() {
        NewsletterErasure erasure = NewsletterErasure.filed(runtime);
        newsletter.script(erasure.requestId(), Reply.accepted());
        erasure.passGracePeriod();
        SystemCall waiting = erasure.newsletterCall(SystemCall.Status.WAITING);
        awaitWaitingAt(runtime, waiting.processInstanceId, "Gateway_AwaitAnswer");
        EngineTime.moveBy(Duration.ofMinutes(50)); // answer-within is an hour

        Received call = erasure.received(newsletter, 1).get(0);
        call.callback("COMPLETED").count(2).post().then().statusCode(200);

        erasure.awaitEnded(history, runtime, newsletter);
        SystemCall completed = erasure.callOf("newsletter");
        assertEquals(SystemCall.Status.COMPLETED, completed.status);
        assertEquals(2L, completed.rowCount);
        assertTrue(Processes.passedActivities(history, waiting.processInstanceId).contains("EndEvent_CompletedByCallback"));
        assertEquals("COMPLETED", erasure.status());
    }

    @Test
    void aCallbackAfterTheAnswerWasDueIsStillTakenAndEndsTheDeskTask() {
        NewsletterErasure erasure = NewsletterErasure.filed(runtime);
        newsletter.script(erasure.requestId(), Reply.accepted());
        erasure.passGracePeriod();
        SystemCall waiting = erasure.newsletterCall(SystemCall.Status.WAITING);
        awaitWaitingAt(runtime, waiting.processInstanceId, "Gateway_AwaitAnswer");
        EngineTime.moveBy(Duration.ofMinutes(61));
        awaitWaitingAt(runtime, waiting.processInstanceId, "UserTask_SettleSystem");
        assertEquals(SystemCall.Status.AT_DESK, erasure.callOf("newsletter").status);
        assertEquals("IN_PROGRESS", erasure.status(), "the request waits for the desk");

        erasure.received(newsletter, 1).get(0).callback("COMPLETED").count(1).post().then().statusCode(200);

        erasure.awaitEnded(history, runtime, newsletter);
        assertTrue(Processes.passedActivities(history, waiting.processInstanceId).contains("Event_AnsweredLate"));
        assertEquals(SystemCall.Status.COMPLETED, erasure.callOf("newsletter").status);
        assertEquals("COMPLETED", erasure.status());
    }

    @Test
    void anAccountErasureReachesTheSystemOnceWithTheAccountAndItsProfile() {
        Subject subject = Subject.create();
        subject.addDevice(subject.mainProfileId(), "body");
        String requestId = subject.fileRequest(Map.of("type", "ACCOUNT_ERASURE", "accountId", subject.accountId()));
        String process = Processes.ofRequest(requestId);
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");
        newsletter.script(requestId, Reply.completed(2));
        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        awaitEnded(history, process);

        List<Received> received = newsletter.calls(requestId);
        assertEquals(1, received.size(), "one call for the account");
        JsonNode body = received.get(0).json();
        assertEquals("ACCOUNT_ERASURE", body.path("type").asText());
        assertEquals(subject.accountId(), body.path("accountId").asText());
        // an account is erased once only its main profile is left: the request names that one
        assertEquals(subject.mainProfileId(), body.path("profileId").asText());
    }

    @Test
    void theSubjectsAddressStaysOutOfTheCallAndOfTheProcesses() {
        NewsletterErasure erasure = NewsletterErasure.filed(runtime);
        newsletter.script(erasure.requestId(), Reply.accepted());
        erasure.passGracePeriod();
        SystemCall waiting = erasure.newsletterCall(SystemCall.Status.WAITING);
        Received call = erasure.received(newsletter, 1).get(0);
        call.callback("COMPLETED").count(1).post().then().statusCode(200);
        erasure.awaitEnded(history, runtime, newsletter);

        String email = erasure.subject().email();
        assertFalse(call.text().contains(email), "send-address is off: ids only");
        assertFalse(call.json().has("email"));
        for (String process : List.of(erasure.process(), waiting.processInstanceId)) {
            List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
                    .processInstanceId(process).list();
            assertFalse(variables.isEmpty());
            for (HistoricVariableInstance v : variables) {
                assertFalse(String.valueOf(v.getValue()).contains("@"), v.getName());
            }
        }
        assertNull(erasure.callOf("newsletter").profileId, "the ids go once the system has answered");
    }
}
