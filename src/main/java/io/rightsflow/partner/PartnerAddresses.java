package io.rightsflow.partner;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Stops the start while a partner is to be called over plain {@code http://}: the calls carry
 * health measurements and the partner's bearer token. Dev mode and the tests call a local partner
 * over http and turn the rule off ({@code rightsflow.partners.require-https=false}).
 */
@ApplicationScoped
class PartnerAddresses {

    private static final Logger LOG = Logger.getLogger(PartnerAddresses.class);
    private static final Pattern URL_KEY = Pattern.compile(
            "rightsflow[._]partners[._].+[._](delivery[-_]url|revocation[-_]url|erasure[-_]notice[-_]url)",
            Pattern.CASE_INSENSITIVE);

    @Inject
    Config config;

    @ConfigProperty(name = "rightsflow.partners.require-https", defaultValue = "true")
    boolean requireHttps;

    // With the secrets' check, before the engine can run a step that calls a partner.
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 1) StartupEvent event) {
        List<String> refusals = refusals();
        if (!refusals.isEmpty()) {
            refusals.forEach(LOG::error);
            throw new ConfigurationException("Rightsflow did not start: " + refusals.size()
                    + " partner address(es) over plain http, see the lines above");
        }
    }

    /** One line per partner address that would be called over plain http. */
    List<String> refusals() {
        if (!requireHttps) {
            return List.of();
        }
        return StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(name -> URL_KEY.matcher(name).matches())
                .filter(name -> config.getOptionalValue(name, String.class)
                        .map(url -> url.strip().toLowerCase(Locale.ROOT).startsWith("http://")).orElse(false))
                .sorted()
                .map(name -> name + " is a plain http:// address: partners are called over https only "
                        + "(measurements and tokens travel in these calls); give its https:// address")
                .toList();
    }
}
