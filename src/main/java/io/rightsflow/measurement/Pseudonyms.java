package io.rightsflow.measurement;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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
        byte[] key = configured.filter(k -> !k.isBlank()).orElseThrow(() -> new IllegalStateException(
                KEY + " is not set: extracts stand for ids with its keyed hashes")).getBytes(StandardCharsets.UTF_8);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(id.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
