package io.rightsflow.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Stops the start while a {@link RequiredSecret} is missing or malformed, with one line per key
 * that names it and says how to make one. Without this the service would run, and fail later,
 * as incidents, at the first step that needs the key (the end of every erasure). Dev mode and the
 * tests have built-in keys, which pass the same check.
 */
@ApplicationScoped
class SecretsCheck {

    private static final Logger LOG = Logger.getLogger(SecretsCheck.class);

    @Inject
    @Any
    Instance<RequiredSecret> secrets;

    @Inject
    Config config;

    // Before the engine (a @Startup bean of default priority) can run a background step.
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        List<String> refusals = refusals();
        if (!refusals.isEmpty()) {
            refusals.forEach(LOG::error);
            // Quarkus prints a ConfigurationException's message alone, without a stack trace, and exits with 1.
            throw new ConfigurationException("Rightsflow did not start: " + refusals.size()
                    + " secret(s) missing or malformed, see the lines above");
        }
    }

    /** One line per secret that is needed and missing, or set and malformed. */
    List<String> refusals() {
        List<String> refusals = new ArrayList<>();
        for (RequiredSecret secret : secrets) {
            Optional<String> value = config.getOptionalValue(secret.key(), String.class).filter(v -> !v.isBlank());
            String where = secret.key() + " (environment " + environmentName(secret.key()) + ")";
            if (value.isEmpty() && secret.needed()) {
                refusals.add(where + " is not set; the service does not start without it. Make one with: "
                        + secret.howToMake());
            } else if (value.isPresent()) {
                String problem = secret.problem(value.get());
                if (problem != null) {
                    refusals.add(where + " is malformed: " + problem + ". Make one with: " + secret.howToMake());
                }
            }
        }
        return refusals;
    }

    private static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
