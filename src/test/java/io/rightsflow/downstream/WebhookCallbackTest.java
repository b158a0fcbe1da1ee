package io.rightsflow.downstream;

import static io.rightsflow.support.Processes.awaitWaitingAt;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.SystemServer;
import io.rightsflow.support.SystemServer.Callback;
import io.rightsflow.support.SystemServer.Received;
import io.rightsflow.support.SystemServer.Reply;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A webhook system's callback is taken only when it is signed with its secret, fresh, new and well formed. */
@QuarkusTest
@Tag("database")
@TestProfile(DownstreamSystemsProfile.class)
class WebhookCallbackTest {

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
    void aForgedCallbackIsRefusedAndChangesNothing() {
        Waiting waiting = waitingForCallback();
        refused(waiting.call().callback("COMPLETED").forged().post(), 401, "signature");
        waiting.unchanged(runtime);
    }

    @Test
    void aCallbackSignedLongAgoIsRefusedAndChangesNothing() {
        Waiting waiting = waitingForCallback();
        refused(waiting.call().callback("COMPLETED").signedAt(ClockUtil.now().toInstant().minus(Duration.ofMinutes(10)))
                .post(), 401, "minutes off");
        waiting.unchanged(runtime);
    }

    @Test
    void aReplayedCallbackIsRefusedAndChangesNothing() {
        Waiting waiting = waitingForCallback();
        Callback failed = waiting.call().callback("FAILED").detail("the list is locked");
        failed.post().then().statusCode(200);
        awaitWaitingAt(runtime, waiting.row().processInstanceId, "UserTask_SettleSystem");

        refused(waiting.call().callback("COMPLETED").nonce(failed.nonce()).post(), 409, "nonce");
        refused(waiting.call().callback("FAILED").detail("the list is locked").nonce(failed.nonce()).post(), 409, "nonce");

        SystemCall call = waiting.erasure().callOf("newsletter");
        assertEquals(SystemCall.Status.FAILED, call.status, "the replay did not complete it");
        assertEquals("the list is locked", call.detail);
        assertTrue(runtime.getActiveActivityIds(call.processInstanceId).contains("UserTask_SettleSystem"));
    }

    @Test
    void aCallbackThatIsNotAnAnswerIsRefusedAndChangesNothing() {
        Waiting waiting = waitingForCallback();
        refused(waiting.call().callback("COMPLETED").body("status=COMPLETED").post(), 400, "not JSON");
        refused(waiting.call().callback("DONE").post(), 400, "status must be COMPLETED or FAILED");
        refused(waiting.call().callback("COMPLETED").count(-1).post(), 400, "count");
        waiting.unchanged(runtime);
    }

    @Test
    void aCallbackNamingAnotherRequestIsRefusedAndItsSignedNonceCanNeverBePostedAgain() {
        Waiting waiting = waitingForCallback();
        Callback misdirected = waiting.call().callback("COMPLETED")
                .body("{\"status\":\"COMPLETED\",\"requestId\":\"" + UUID.randomUUID() + "\"}");
        refused(misdirected.post(), 400, "requestId is not the request");
        refused(waiting.call().callback("COMPLETED").nonce(misdirected.nonce()).post(), 409, "nonce");
        waiting.unchanged(runtime);

        waiting.call().callback("COMPLETED").body("{\"status\":\"COMPLETED\",\"requestId\":\""
                + waiting.erasure().requestId() + "\"}").post().then().statusCode(200);
        assertEquals(SystemCall.Status.COMPLETED, waiting.erasure().callOf("newsletter").status,
                "a callback naming its own request, with a fresh nonce, is taken");
    }

    @Test
    void aCallbackToACallWeNeverMadeIsNotFound() {
        Waiting waiting = waitingForCallback();
        String unknown = waiting.call().callbackUrl().replace(waiting.row().id, UUID.randomUUID().toString());
        refused(Callback.to(unknown).status("COMPLETED").post(), 404, "call");
        waiting.unchanged(runtime);
    }

    @Test
    void aCallbackThatOvertakesTheSystemsOwnAnswerIsTakenOnceTheCallIsWaiting() {
        NewsletterErasure erasure = NewsletterErasure.filed(runtime);
        newsletter.script(erasure.requestId(), Reply.acceptedAfterCallingBack());
        erasure.passGracePeriod();
        erasure.awaitEnded(history, runtime, newsletter);

        List<Integer> statuses = newsletter.earlyCallbacks(erasure.requestId());
        assertEquals(200, statuses.stream().filter(s -> s != 503).findFirst().orElseThrow(),
                "503 (not waiting yet) asks the system to try again; anything else must be the answer taken: " + statuses);
        assertEquals(SystemCall.Status.COMPLETED, erasure.callOf("newsletter").status);
    }

    private static void refused(Response response, int status, String saying) {
        response.then().statusCode(status).contentType(startsWith("application/problem+json"))
                .body("detail", containsString(saying));
    }

    private Waiting waitingForCallback() {
        NewsletterErasure erasure = NewsletterErasure.filed(runtime);
        newsletter.script(erasure.requestId(), Reply.accepted());
        erasure.passGracePeriod();
        SystemCall row = erasure.newsletterCall(SystemCall.Status.WAITING);
        awaitWaitingAt(runtime, row.processInstanceId, "Gateway_AwaitAnswer");
        return new Waiting(erasure, row, erasure.received(newsletter, 1).get(0));
    }

    /** A call the newsletter tool took (202), its process waiting for the callback. */
    private record Waiting(NewsletterErasure erasure, SystemCall row, Received call) {

        void unchanged(RuntimeService runtime) {
            SystemCall now = erasure.callOf("newsletter");
            assertTrue(runtime.getActiveActivityIds(row.processInstanceId).contains("Gateway_AwaitAnswer"),
                    "still waiting for the callback");
            assertEquals(SystemCall.Status.WAITING, now.status);
            assertEquals(row.version, now.version, "the call's row is untouched");
            assertEquals(erasure.profileId(), now.profileId);
        }
    }
}
