package io.rightsflow.account;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.security.Caller;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A person renames a profile of their own account at once: a self-service change needs no request
 * (a RECTIFICATION is for what the person cannot change themselves). The API and the page call here.
 */
@ApplicationScoped
public class ProfileNames {

    @Inject
    Profiles profiles;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    /** What is wrong with a new name, or null when it will do. */
    public static String problem(String name) {
        if (name == null || name.isBlank()) {
            return "name is required: the profile's new name";
        }
        return name.strip().length() > SignUps.PROFILE_NAME_MAX
                ? "name can have at most " + SignUps.PROFILE_NAME_MAX + " characters" : null;
    }

    /** Renames the caller's profile; 404 for another's, 400 naming {@code name} for a bad one (nothing changes). */
    @Transactional
    public ProfileRef rename(String profileId, String name) {
        ProfileRef profile = profiles.visible(profileId);
        String problem = problem(name);
        if (problem != null) {
            throw ProblemException.badRequest(problem).with("field", "name");
        }
        profiles.rename(profile.id(), name);
        // the id only: the name is personal data, and the trail outlives an erasure
        audit.record("PROFILE_RENAMED", caller.actor(), null, profile.id(), null);
        return profiles.find(profile.id());
    }
}
