package io.rightsflow.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * Where each partner app processes the data it receives (a recipient's country, GDPR
 * Art. 15(1)(c) and 15(2)), from the partner catalogue's configuration:
 * {@code rightsflow.partners."<id>".country}.
 */
@ApplicationScoped
public class PartnerCountries {

    /** Said when a partner's country is not configured: the person learns that, not a guess. */
    public static final String UNKNOWN = "not stated by the partner";

    @Inject
    Config config;

    public String of(String partnerId) {
        return config.getOptionalValue("rightsflow.partners.\"" + partnerId + "\".country", String.class)
                .or(() -> config.getOptionalValue("rightsflow.partners." + partnerId + ".country", String.class))
                .filter(v -> !v.isBlank()).orElse(UNKNOWN);
    }
}
