package io.rightsflow.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Username and password pairs that bcrypt accepted a short while ago, so that a client making many
 * calls pays bcrypt once. An entry is keyed by an HMAC of the pair under a key drawn at random when
 * the process starts (never the password, nor anything that can be checked offline without the key),
 * and holds the stored hash it was verified against: it counts only while the directory still
 * holds that same hash, so a changed password ends it at once, on every node.
 */
@ApplicationScoped
class VerifiedCredentials {

    private final byte[] key = new byte[32];
    private final Map<String, Entry> entries;
    private final long ttlNanos;

    private record Entry(String passwordHash, long expiresAtNanos) {
    }

    VerifiedCredentials(@ConfigProperty(name = "rightsflow.security.credential-cache.ttl", defaultValue = "PT1M") Duration ttl,
            @ConfigProperty(name = "rightsflow.security.credential-cache.max-size", defaultValue = "10000") int maxSize) {
        new SecureRandom().nextBytes(key);
        this.ttlNanos = ttl.toNanos();
        // least recently used first; the eldest goes when the map is full
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxSize;
            }
        };
    }

    String keyOf(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether this pair was verified against exactly this stored hash, and not too long ago. */
    synchronized boolean remembers(String pairKey, String storedHash) {
        Entry entry = entries.get(pairKey);
        if (entry == null) {
            return false;
        }
        if (System.nanoTime() - entry.expiresAtNanos >= 0 || !MessageDigest.isEqual(
                entry.passwordHash.getBytes(StandardCharsets.UTF_8), storedHash.getBytes(StandardCharsets.UTF_8))) {
            entries.remove(pairKey);
            return false;
        }
        return true;
    }

    synchronized void remember(String pairKey, String storedHash) {
        entries.put(pairKey, new Entry(storedHash, System.nanoTime() + ttlNanos));
    }

    synchronized void forget(String pairKey) {
        entries.remove(pairKey);
    }
}
