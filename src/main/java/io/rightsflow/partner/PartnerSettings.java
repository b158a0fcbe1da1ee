package io.rightsflow.partner;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where and how each partner is called, from configuration: {@code rightsflow.partners."<id>".}
 * {@code delivery-url}, {@code revocation-url}, {@code erasure-notice-url}, {@code change-notice-url}, {@code secret}. A
 * partner without a URL for a purpose is simply not called for it.
 */
@ApplicationScoped
class PartnerSettings {

    public enum Endpoint {
        DELIVERY("delivery-url"), REVOCATION("revocation-url"), ERASURE_NOTICE("erasure-notice-url"),
        /** Art. 19 notices of a change that is not an erasure: kept apart, so that no partner erases on one by mistake. */
        CHANGE_NOTICE("change-notice-url");

        final String key;

        Endpoint(String key) {
            this.key = key;
        }
    }

    /** A setting that makes a partner called: in properties (dotted, ids maybe quoted) or in the environment. */
    private static final Pattern CALLED = Pattern.compile(
            "rightsflow[._]partners[._].+[._](delivery[-_]url|revocation[-_]url|erasure[-_]notice[-_]url|change[-_]notice[-_]url|secret)",
            Pattern.CASE_INSENSITIVE);

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

    /** Whether any partner has an endpoint or a secret set, and will be called. */
    boolean anyConfigured() {
        for (String name : config.getPropertyNames()) {
            if (CALLED.matcher(name).matches()
                    && config.getOptionalValue(name, String.class).filter(v -> !v.isBlank()).isPresent()) {
                return true;
            }
        }
        return false;
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
