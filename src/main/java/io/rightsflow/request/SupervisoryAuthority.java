package io.rightsflow.request;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The supervisory authority a person may complain to (GDPR Art. 12(4), 13(2)(d), 15(1)(f)), as
 * configured: {@code rightsflow.authority.name}, {@code .address} and {@code .url}. Unset, the
 * mails name the authority in general words rather than a wrong one.
 */
@ApplicationScoped
public class SupervisoryAuthority {

    static final String UNNAMED = "the data protection supervisory authority of the country where you live or work";

    @ConfigProperty(name = "rightsflow.authority.name")
    Optional<String> name;

    @ConfigProperty(name = "rightsflow.authority.address")
    Optional<String> address;

    @ConfigProperty(name = "rightsflow.authority.url")
    Optional<String> url;

    public String name() {
        return name.filter(n -> !n.isBlank()).orElse(UNNAMED);
    }

    /** The postal address, or "" when none is configured. */
    public String address() {
        return address.orElse("");
    }

    /** The web address, or "" when none is configured. */
    public String url() {
        return url.orElse("");
    }
}
