package io.rightsflow.account;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The privacy notice in force (Art. 13), by its version: what a person accepts at sign-up, and
 * what every consent record names as the notice the person had before them.
 */
@ApplicationScoped
public class PrivacyNotice {

    /** Where anyone reads the notice, signed in or not. */
    public static final String PAGE = "/privacy-notice";

    @ConfigProperty(name = "rightsflow.notice.version", defaultValue = "2026-12")
    String version;

    public String version() {
        return version;
    }

    /** Whether this is the version in force: an account that accepted another is asked again. */
    public boolean isCurrent(String accepted) {
        return version.equals(accepted);
    }
}
