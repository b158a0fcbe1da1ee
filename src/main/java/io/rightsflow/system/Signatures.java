package io.rightsflow.system;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;


/**
 * The signature of a call to a partner or a downstream system, and of a system's callback (API.md):
 * {@code X-Rightsflow-Signature: sha256=<hex HMAC-SHA256 of "timestamp.nonce.body">} with the
 * partner's secret, beside {@code X-Rightsflow-Timestamp} (epoch seconds) and {@code X-Rightsflow-Nonce}.
 * Covering the time and a fresh nonce lets a partner refuse a replayed call: one too old, or a nonce
 * seen before. A retried call is signed afresh; its {@code Idempotency-Key} stays the same.
 */
public final class Signatures {

    public static final String HEADER = "X-Rightsflow-Signature";
    public static final String TIMESTAMP = "X-Rightsflow-Timestamp";
    public static final String NONCE = "X-Rightsflow-Nonce";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Signatures() {
    }

    /** The three headers of one call sent now. */
    public record Signed(String timestamp, String nonce, String signature) {
    }

    public static Signed sign(String secret, Instant now, byte[] body) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String timestamp = String.valueOf(now.getEpochSecond());
        String hexNonce = HexFormat.of().formatHex(nonce);
        return new Signed(timestamp, hexNonce, of(secret, timestamp, hexNonce, body));
    }

    public static String of(String secret, String timestamp, String nonce, byte[] body) {
        ByteArrayOutputStream signed = new ByteArrayOutputStream(body.length + 64);
        signed.writeBytes((timestamp + "." + nonce + ".").getBytes(StandardCharsets.UTF_8));
        signed.writeBytes(body);
        return "sha256=" + Hmac.sha256Hex(secret, signed.toByteArray());
    }
}
