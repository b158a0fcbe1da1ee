package io.rightsflow.partner;

import io.rightsflow.system.Hmac;

/**
 * The signature of a call: HMAC-SHA256 of the raw body with the partner's secret, in hex, sent as
 * {@code X-Rightsflow-Signature} (as OpenDSR signs its callbacks). The partner recomputes it.
 */
final class Signatures {

    public static final String HEADER = "X-Rightsflow-Signature";

    private Signatures() {
    }

    public static String of(String secret, byte[] body) {
        return Hmac.sha256Hex(secret, body);
    }
}
