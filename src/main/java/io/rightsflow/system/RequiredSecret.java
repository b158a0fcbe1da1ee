package io.rightsflow.system;

import java.nio.charset.StandardCharsets;

/**
 * A secret the service needs, declared by the feature that uses it. {@link SecretsCheck} refuses
 * to start while one is missing or malformed, so a feature that adds a key implements this beside
 * the code that reads it, and production cannot run half-configured.
 */
public interface RequiredSecret {

    /** The configuration key, such as {@code rightsflow.audit.subject-key}. */
    String key();

    /** Whether this configuration needs it (the partner token key only once a partner is configured). */
    default boolean needed() {
        return true;
    }

    /** What is wrong with a value, in words that never repeat it; null when it will do. */
    String problem(String value);

    /** How an operator makes one. */
    default String howToMake() {
        return "openssl rand -base64 32";
    }

    /**
     * The rule for an HMAC-SHA256 key: at least 32 bytes, the size of the hash (RFC 2104 advises
     * against shorter keys; {@code openssl rand -base64 32} gives 44).
     */
    static String hmacKeyProblem(String value) {
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        return bytes >= 32 ? null : "an HMAC-SHA256 key must be at least 32 bytes long, this one has " + bytes;
    }
}
