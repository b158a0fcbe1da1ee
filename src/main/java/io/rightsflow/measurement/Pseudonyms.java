package io.rightsflow.measurement;

import java.util.Optional;

import io.rightsflow.system.Hmac;
import io.rightsflow.system.RequiredSecret;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keyed hashes that stand for profile and account ids in extracts: stable for one key, and
 * useless without it. The key is configured, not drawn at start: with a key per start (and per
 * node) the same person would get another pseudonym after every restart or from another node, and
 * the extracts of one study could not be joined.
 */
@ApplicationScoped
public class Pseudonyms implements RequiredSecret {

    static final String KEY = "rightsflow.extracts.pseudonym-key";

    @ConfigProperty(name = KEY)
    Optional<String> configured;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String problem(String value) {
        return RequiredSecret.hmacKeyProblem(value);
    }

    public String of(String id) {
        String key = configured.filter(k -> !k.isBlank()).orElseThrow(() -> new IllegalStateException(
                KEY + " is not set: extracts stand for ids with its keyed hashes"));
        return Hmac.sha256Hex(key, id).substring(0, 32);
    }
}
