package io.rightsflow.partner;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.system.Signatures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Calls a partner once per idempotency key: signed, with the key in {@code Idempotency-Key} so
 * that the partner can drop a repeat. An accepted call is logged in a transaction of its own, so
 * a step retried after it finds the log and does not call again; a refused call is logged in the
 * audit trail and thrown, for the engine to retry.
 */
@ApplicationScoped
class PartnerCalls {

    @Inject
    PartnerSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The call to make; {@code bearer} is the partner's token (deliveries only), or null. */
    public record Call(String idempotencyKey, PartnerCall.Kind kind, String partnerId, String grantId, String requestId,
            String profileId, URI url, String body, String bearer, String what) {
    }

    /** @return whether the partner was called now (false: it had accepted this call before) */
    public boolean sendOnce(Call call) {
        if (QuarkusTransaction.requiringNew().call(() -> PartnerCall.accepted(call.idempotencyKey()))) {
            return false;
        }
        byte[] body = call.body().getBytes(StandardCharsets.UTF_8);
        Signatures.Signed signed = Signatures.sign(settings.secret(call.partnerId()), Instant.now(clock), body);
        HttpRequest.Builder request = HttpRequest.newBuilder(call.url())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", call.idempotencyKey())
                .header(Signatures.TIMESTAMP, signed.timestamp())
                .header(Signatures.NONCE, signed.nonce())
                .header(Signatures.HEADER, signed.signature())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (call.bearer() != null) {
            request.header("Authorization", "Bearer " + call.bearer());
        }
        int status;
        try {
            status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw refused(call, e instanceof java.net.http.HttpTimeoutException ? "no answer in time" : "unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused(call, "interrupted", e);
        }
        if (status < 200 || status > 299) {
            throw refused(call, "status " + status, null);
        }
        QuarkusTransaction.requiringNew().run(() -> accepted(call, status));
        return true;
    }

    private void accepted(Call call, int status) {
        PartnerCall log = new PartnerCall();
        log.idempotencyKey = call.idempotencyKey();
        log.partnerId = call.partnerId();
        log.kind = call.kind();
        log.requestId = call.requestId();
        log.grantId = call.grantId();
        log.statusCode = status;
        log.acceptedAt = Instant.now(clock);
        log.persist();
        audit.record("PARTNER_" + call.kind(), AuditTrail.SYSTEM, call.requestId(), call.profileId(),
                detail(call, "accepted " + status));
    }

    private PartnerRefused refused(Call call, String outcome, Exception cause) {
        QuarkusTransaction.requiringNew().run(() -> audit.record("PARTNER_" + call.kind() + "_FAILED", AuditTrail.SYSTEM,
                call.requestId(), call.profileId(), detail(call, outcome)));
        return new PartnerRefused("partner " + call.partnerId() + " did not accept the " + call.kind() + " call: "
                + outcome, cause);
    }

    /** What, to whom and how it went; never the values sent. */
    private static String detail(Call call, String outcome) {
        return "partner=" + call.partnerId() + " grant=" + call.grantId() + " " + call.what() + " outcome=" + outcome;
    }
}
