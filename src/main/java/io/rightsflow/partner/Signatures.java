package io.rightsflow.partner;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a call: HMAC-SHA256 of the raw body with the partner's secret, in hex, sent as
 * {@code X-Rightsflow-Signature} (as OpenDSR signs its callbacks). The partner recomputes it.
 */
public final class Signatures {

    public static final String HEADER = "X-Rightsflow-Signature";

    private Signatures() {
    }

    public static String of(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
