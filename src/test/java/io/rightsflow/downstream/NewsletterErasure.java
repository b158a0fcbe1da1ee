package io.rightsflow.downstream;

import static io.rightsflow.support.Processes.awaitWaitingAt;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Subject;
import io.rightsflow.support.SystemServer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;

/**
 * A profile erasure that reaches the newsletter tool (its profile has a scale, product "body",
 * which brings weight), filed and waiting out its grace period, so that a test first scripts the
 * tool's answers and then lets the purge begin.
 */
record NewsletterErasure(Subject subject, String profileId, String requestId, String process) {

    static NewsletterErasure filed(RuntimeService runtime, String... otherProducts) {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        subject.addDevice(profile, "body");
        for (String product : otherProducts) {
            subject.addDevice(profile, product);
        }
        String requestId = subject.eraseProfile(profile);
        String process = Processes.ofRequest(requestId);
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");
        return new NewsletterErasure(subject, profile, requestId, process);
    }

    /** The grace period over: the purge begins and the systems are asked. */
    void passGracePeriod() {
        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
    }

    /** The newsletter tool's call of this request, once it is in the state given. */
    SystemCall newsletterCall(SystemCall.Status status) {
        await().atMost(Processes.PATIENCE).until(() -> calls().stream()
                .anyMatch(c -> c.systemId.equals("newsletter") && c.status == status));
        return callOf("newsletter");
    }

    SystemCall callOf(String systemId) {
        return calls().stream().filter(c -> c.systemId.equals(systemId)).findFirst().orElseThrow();
    }

    /** The request's process ended; when it does not, what it and its calls are at. */
    void awaitEnded(HistoryService history, RuntimeService runtime, SystemServer server) {
        try {
            Processes.awaitEnded(history, process);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            StringBuilder at = new StringBuilder("request at " + runtime.getActiveActivityIds(process));
            for (SystemCall call : calls()) {
                at.append("; ").append(call.systemId).append(' ').append(call.status).append(' ')
                        .append(call.detail).append(" at ").append(runtime.getActiveActivityIds(call.processInstanceId));
            }
            server.calls(requestId).forEach(r -> at.append("; received, answered ").append(r.answered()));
            throw new AssertionError(at.toString(), e);
        }
    }

    List<SystemCall> calls() {
        return QuarkusTransaction.requiringNew().call(() -> SystemCall.of(requestId));
    }

    /** The calls the tool received about this request, once there are this many. */
    List<SystemServer.Received> received(SystemServer server, int count) {
        await().atMost(Processes.PATIENCE).until(() -> server.calls(requestId).size() >= count);
        return server.calls(requestId);
    }

    String status() {
        return subject.api().get("/api/requests/" + requestId).then().statusCode(200).extract().path("status");
    }
}
