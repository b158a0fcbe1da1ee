package io.rightsflow.downstream;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rightsflow.system.Signatures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A webhook system: the request POSTed, signed with the system's secret (API.md), with the call's
 * {@code Idempotency-Key}, so that the engine's retries are the same request to the system.
 */
@ApplicationScoped
class Webhooks {

    static final String CALLBACKS = "/api/systems/callbacks/";

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @ConfigProperty(name = "rightsflow.links.base-url")
    String baseUrl;

    @ConfigProperty(name = "rightsflow.systems-timeout", defaultValue = "PT10S")
    Duration timeout;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Answer ask(SystemCall call, DownstreamSystem system) {
        byte[] body = body(call);
        String secret = system.config().secret().orElseThrow();
        Signatures.Signed signed = Signatures.sign(secret, Instant.now(clock), body);
        URI url = system.config().url().orElseThrow();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", call.idempotencyKey())
                .header(Signatures.TIMESTAMP, signed.timestamp())
                .header(Signatures.NONCE, signed.nonce())
                .header(Signatures.HEADER, signed.signature())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw refused(system, "no answer in time", e);
        } catch (IOException e) {
            throw refused(system, "unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused(system, "interrupted", e);
        }
        return switch (response.statusCode()) {
            case 202 -> Answer.accepted();
            case 200 -> {
                try {
                    yield Replies.read(json, response.body());
                } catch (IllegalArgumentException e) {
                    throw refused(system, "answered 200 without a status we understand (" + e.getMessage() + ")", null);
                }
            }
            default -> throw refused(system, "answered " + response.statusCode(), null);
        };
    }

    /** The request as API.md fixes it; an account's profiles and the address only where they apply. */
    private byte[] body(SystemCall call) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("requestId", call.requestId);
        body.put("type", call.requestType);
        body.put("profileId", call.profileId);
        body.put("accountId", call.accountId);
        if (call.profileIds != null) {
            body.put("profileIds", call.profileIds.isEmpty() ? new String[0] : call.profileIds.split(","));
        }
        if (call.address != null) {
            body.put("email", call.address);
        }
        body.put("callbackUrl", baseUrl + CALLBACKS + call.id);
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SystemRefused refused(DownstreamSystem system, String what, Exception cause) {
        return new SystemRefused("system " + system.id() + " did not take the request: " + what, cause);
    }
}
