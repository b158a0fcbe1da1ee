package io.rightsflow.partner;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import io.rightsflow.system.RequiredSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Partner tokens at rest: AES-256-GCM with {@code rightsflow.partners.token-key}, a fresh IV per token. */
@ApplicationScoped
class TokenCipher implements RequiredSecret {

    static final String KEY = "rightsflow.partners.token-key";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    @ConfigProperty(name = KEY)
    Optional<String> configuredKey;

    @Inject
    PartnerSettings settings;

    @Override
    public String key() {
        return KEY;
    }

    /** Linking works without partner endpoints too, but a configured partner is the sign that links will be made. */
    @Override
    public boolean needed() {
        return settings.anyConfigured();
    }

    @Override
    public String problem(String value) {
        try {
            int bytes = Base64.getDecoder().decode(value).length;
            return bytes == 32 ? null : "an AES-256 key must be 32 bytes in base64, this one decodes to " + bytes;
        } catch (IllegalArgumentException e) {
            return "an AES-256 key must be 32 bytes in base64, this one is not base64";
        }
    }

    String encrypt(String token) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, secretKey(), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not encrypt a partner token", e);
        }
    }

    String decrypt(String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, secretKey(), new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("could not decrypt a partner token: was rightsflow.partners.token-key changed?", e);
        }
    }

    private SecretKeySpec secretKey() {
        String base64 = configuredKey.filter(k -> !k.isBlank()).orElseThrow(() -> new IllegalStateException(
                KEY + " is not set: give 32 random bytes in base64 (openssl rand -base64 32)"));
        String problem = problem(base64);
        if (problem != null) {
            throw new IllegalStateException(KEY + " is malformed: " + problem);
        }
        return new SecretKeySpec(Base64.getDecoder().decode(base64), "AES");
    }
}
