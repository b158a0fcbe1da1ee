package io.rightsflow.consent;

import java.time.Clock;
import java.time.ZoneOffset;

import io.rightsflow.account.ProfileRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Which profiles are children's (Art. 8): their consent is their account holder's, given on their behalf. */
@ApplicationScoped
public class Children {

    @ConfigProperty(name = "rightsflow.consent.digital-age", defaultValue = "16")
    int digitalAge;

    @Inject
    Clock clock;

    /**
     * A secondary profile whose year of birth says it may be under the age of digital consent.
     * Only the year is known, so a profile that turns that age this year still counts as a child:
     * the holder's consent is asked once too often rather than once too few.
     */
    public boolean isChild(ProfileRef profile) {
        if (profile == null || profile.main() || profile.birthYear() == null) {
            return false;
        }
        return clock.instant().atZone(ZoneOffset.UTC).getYear() - profile.birthYear() <= digitalAge;
    }

    public int digitalAge() {
        return digitalAge;
    }
}
