package io.rightsflow.account;

import java.time.Instant;

/** A profile as the other features see it: whose it is, its name and whether it is active. */
public record ProfileRef(String id, String accountId, String name, boolean main, ProfileStatus status,
        Instant createdAt, Integer birthYear) {

    static ProfileRef of(Profile profile) {
        return profile == null ? null : new ProfileRef(profile.id, profile.accountId, profile.name, profile.main,
                profile.status, profile.createdAt, profile.birthYear);
    }

    public boolean isActive() {
        return status == ProfileStatus.ACTIVE;
    }
}
