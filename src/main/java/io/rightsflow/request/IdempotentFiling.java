package io.rightsflow.request;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.rightsflow.security.Caller;
import io.rightsflow.system.ProblemException;
import io.rightsflow.system.UniqueConstraints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * POST /api/requests with an {@code Idempotency-Key} header (IETF draft "The Idempotency-Key HTTP
 * Header Field"): the first call files the request and keeps its answer in the same transaction; a
 * retry with the same key and body gets that answer again and files nothing; the same key with
 * another body is refused. The primary key (caller, key) decides between two retries at once.
 */
@ApplicationScoped
class IdempotentFiling {

    static final Duration KEPT_FOR = Duration.ofHours(24);
    private static final int MAX_KEY_LENGTH = 255;

    @Inject
    Requests requests;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** Files the request once per key; {@code answer} turns the stored request into the 201's body. */
    public Response file(String key, NewRequest body, Function<DataRequest, RequestView> answer) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.badRequest("Idempotency-Key must be 1 to " + MAX_KEY_LENGTH
                    + " characters, for example a random UUID");
        }
        String actor = caller.actor();
        String hash = hash(body);
        IdempotentRequest earlier = QuarkusTransaction.requiringNew().call(() -> find(actor, key));
        if (earlier != null) {
            return replay(earlier, hash);
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> fileAndKeep(actor, key, hash, body, answer));
        } catch (PersistenceException e) {
            if (!UniqueConstraints.violated(e, "idempotent_request_pk")) {
                throw e;
            }
            // The same call ran at the same instant and won: answer as it did.
            return replay(QuarkusTransaction.requiringNew().call(() -> find(actor, key)), hash);
        }
    }

    private Response fileAndKeep(String actor, String key, String hash, NewRequest body,
            Function<DataRequest, RequestView> answer) {
        // The key is claimed before anything is filed, so that of two retries at once the loser
        // waits here for the winner and then replays its answer, instead of tripping over its request.
        IdempotentRequest kept = new IdempotentRequest();
        kept.caller = actor;
        kept.idempotencyKey = key;
        kept.bodyHash = hash;
        kept.requestId = "";
        kept.answer = "";
        kept.createdAt = Instant.now(clock);
        kept.persistAndFlush();
        DataRequest request = requests.file(body);
        kept.requestId = request.id;
        kept.answer = write(answer.apply(request));
        return created(kept);
    }

    private static Response replay(IdempotentRequest earlier, String hash) {
        if (!earlier.bodyHash.equals(hash)) {
            throw ProblemException.unprocessable("this Idempotency-Key was used for another body (request "
                    + earlier.requestId + "); send a new key for a new request");
        }
        return created(earlier);
    }

    private static Response created(IdempotentRequest kept) {
        return Response.created(URI.create("/api/requests/" + kept.requestId)).type(MediaType.APPLICATION_JSON)
                .entity(kept.answer).build();
    }

    private static IdempotentRequest find(String actor, String key) {
        return IdempotentRequest.findById(new IdempotentRequest.Key(actor, key));
    }

    /** Retries come within seconds or hours; a day later the key is free again. */
    @Scheduled(every = "1h", delayed = "1m")
    @Transactional
    void forgetOldKeys() {
        IdempotentRequest.delete("createdAt < ?1", Instant.now(clock).minus(KEPT_FOR));
    }

    private String hash(NewRequest body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(write(body).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
