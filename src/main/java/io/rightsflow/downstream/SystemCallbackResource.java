package io.rightsflow.downstream;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rightsflow.system.ProblemException;
import io.rightsflow.system.Signatures;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;

/**
 * A webhook system's answer to a request it took with 202 (API.md): signed with its secret like
 * our call, over "timestamp.nonce.body". A forged signature, a time more than five minutes off or
 * a nonce seen before is refused and changes nothing. A late answer (the call already on the desk)
 * is still taken: a COMPLETED ends the desk task.
 */
@Path(Webhooks.CALLBACKS + "{callId}")
@PermitAll
public class SystemCallbackResource {

    static final String MESSAGE = "SystemAnswered";
    static final Duration SKEW = Duration.ofMinutes(5);

    @Inject
    Systems systems;

    @Inject
    SystemAnswers answers;

    @Inject
    RuntimeService runtime;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public Map<String, String> answer(@PathParam("callId") String callId,
            @HeaderParam(Signatures.TIMESTAMP) String timestamp, @HeaderParam(Signatures.NONCE) String nonce,
            @HeaderParam(Signatures.HEADER) String signature, byte[] body) {
        // Locked at once: the step that asked may still be recording the 202; this waits for it.
        SystemCall call;
        try {
            call = SystemCall.locked(callId);
        } catch (PessimisticLockException | LockTimeoutException e) {
            throw new NotReady();
        }
        if (call == null) {
            throw ProblemException.notFound("call " + callId);
        }
        DownstreamSystem system = systems.byId(call.systemId).filter(s -> s.config().secret().isPresent())
                .orElseThrow(() -> ProblemException.conflict("system " + call.systemId + " takes no callbacks any more"));
        verify(system, timestamp, nonce, signature, body == null ? new byte[0] : body);
        // Kept whatever comes of this callback (in a transaction of its own): a signed callback that
        // is refused below can never be posted again, to this call or to another of the system.
        QuarkusTransaction.requiringNew().run(() -> firstUse(system.id(), nonce));
        Answer answer;
        try {
            answer = Replies.read(json, body == null ? new byte[0] : body);
            Replies.aboutRequest(json, body, call.requestId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
        return Map.of("callId", callId, "status", take(call, answer));
    }

    private String take(SystemCall call, Answer answer) {
        switch (call.status) {
            case WAITING -> {
                String next = answers.answered(call, answer);
                correlate(call, Map.of("systemAnswer", next));
                return call.status.name();
            }
            case AT_DESK, FAILED -> {
                if (answer.outcome() == Answer.Outcome.COMPLETED) {
                    answers.answered(call, answer);
                    correlate(call, Map.of()); // Event_AnsweredLate: the desk task ends
                } else {
                    call.detail = answer.detail(); // still failing: the desk keeps it, and sees why
                }
                return call.status.name();
            }
            case PENDING -> throw new NotReady();
            default -> throw ProblemException.conflict("call " + call.id + " is settled already (" + call.status + ")");
        }
    }

    private void correlate(SystemCall call, Map<String, Object> variables) {
        try {
            runtime.createMessageCorrelation(MESSAGE).processInstanceId(call.processInstanceId)
                    .setVariables(variables).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw ProblemException.conflict("call " + call.id + " takes no answer now: its request has ended");
        }
    }

    private void verify(DownstreamSystem system, String timestamp, String nonce, String signature, byte[] body) {
        if (timestamp == null || nonce == null || signature == null) {
            throw unsigned("sign the callback: " + Signatures.TIMESTAMP + ", " + Signatures.NONCE + " and "
                    + Signatures.HEADER + " are required");
        }
        if (!nonce.matches("[A-Za-z0-9_-]{16,64}")) {
            throw unsigned(Signatures.NONCE + " must be 16 to 64 letters, digits, dashes or underscores");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw unsigned(Signatures.TIMESTAMP + " must be the time in epoch seconds");
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), Instant.now(clock)).abs().compareTo(SKEW) > 0) {
            throw unsigned(Signatures.TIMESTAMP + " is more than " + SKEW.toMinutes() + " minutes off: sign afresh");
        }
        String expected = Signatures.of(system.config().secret().orElseThrow(), timestamp, nonce, body);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            throw unsigned("the signature does not match: sign \"timestamp.nonce.body\" with the system's secret");
        }
    }

    /** The database refuses a nonce twice, on every node; a replay changes nothing. */
    private void firstUse(String systemId, String nonce) {
        // A nonce older than the accepted skew can never be replayed: its timestamp is refused first.
        CallbackNonce.delete("receivedAt < ?1", Instant.now(clock).minus(SKEW.multipliedBy(2)));
        CallbackNonce used = new CallbackNonce();
        used.systemId = systemId;
        used.nonce = nonce;
        used.receivedAt = Instant.now(clock);
        try {
            used.persistAndFlush();
        } catch (PersistenceException e) {
            throw ProblemException.conflict("this callback was received before (its nonce is used): a replay is refused");
        }
    }

    private static ProblemException unsigned(String detail) {
        return new ProblemException(Status.UNAUTHORIZED, detail);
    }

    /** Asked, but the answer to the asking is not recorded yet: try again in a moment. */
    static final class NotReady extends ProblemException {

        NotReady() {
            super(Status.SERVICE_UNAVAILABLE, "the call is not waiting for an answer yet: try again in a few seconds");
        }

        @Override
        public jakarta.ws.rs.core.Response toResponse() {
            return jakarta.ws.rs.core.Response.fromResponse(super.toResponse()).header("Retry-After", 5).build();
        }
    }
}
