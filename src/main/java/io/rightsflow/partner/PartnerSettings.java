package io.rightsflow.partner;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where and how each partner is called, from configuration: {@code rightsflow.partners."<id>".}
 * {@code delivery-url}, {@code revocation-url}, {@code erasure-notice-url}, {@code secret}. A
 * partner without a URL for a purpose is simply not called for it.
 */
@ApplicationScoped
public class PartnerSettings {

    public enum Endpoint {
        DELIVERY("delivery-url"), REVOCATION("revocation-url"), ERASURE_NOTICE("erasure-notice-url");

        final String key;

        Endpoint(String key) {
            this.key = key;
        }
    }

    @Inject
    Config config;

    @ConfigProperty(name = "rightsflow.partners.timeout", defaultValue = "PT10S")
    Duration timeout;

    public Optional<URI> url(String partnerId, Endpoint endpoint) {
        return value(partnerId, endpoint.key).map(URI::create);
    }

    /** The shared secret that signs every call to the partner; calls are never sent unsigned. */
    String secret(String partnerId) {
        return value(partnerId, "secret").orElseThrow(() -> new IllegalStateException(
                "rightsflow.partners.\"" + partnerId + "\".secret is not set: every call to a partner is signed"));
    }

    Duration timeout() {
        return timeout;
    }

    private Optional<String> value(String partnerId, String key) {
        // Quoted as the issue documents it (ids have dashes); unquoted as environment variables map.
        return config.getOptionalValue("rightsflow.partners.\"" + partnerId + "\"." + key, String.class)
                .or(() -> config.getOptionalValue("rightsflow.partners." + partnerId + "." + key, String.class))
                .filter(v -> !v.isBlank());
    }
}
