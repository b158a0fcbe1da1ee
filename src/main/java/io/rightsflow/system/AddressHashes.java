package io.rightsflow.system;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keyed hash under which something waits for an address that has no confirmed account yet (a
 * dashboard share, a challenge invitation): enough to recognise the address once an account proves
 * it, without keeping the address of someone who never signed up. Keyed with the service's subject
 * key (already required at start, never changed), in a domain of its own, so that a copy of the
 * database alone cannot be matched against a list of addresses.
 */
@ApplicationScoped
public class AddressHashes {

    private static final String DOMAIN = "waiting-address:";

    @ConfigProperty(name = "rightsflow.audit.subject-key")
    Optional<String> key;

    /** The hash of the address as accounts store it (stripped, lower-cased). */
    public String of(String email) {
        String secret = key.orElseThrow(() -> new IllegalStateException(
                "rightsflow.audit.subject-key is not set: waiting shares keep addresses as a keyed hash"));
        return Hmac.sha256Hex(secret, DOMAIN + email.strip().toLowerCase(Locale.ROOT));
    }
}
