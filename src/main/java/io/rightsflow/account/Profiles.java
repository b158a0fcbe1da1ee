package io.rightsflow.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The public face of accounts and profiles for the other features. */
@ApplicationScoped
public class Profiles {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** The profile, when the caller may act on it; 404 otherwise, so that ids of others leak nothing. */
    public Profile visibleProfile(String profileId) {
        Profile profile = profileId == null ? null : Profile.findById(profileId);
        if (profile == null || !caller.mayActFor(profile.accountId)) {
            throw ProblemException.notFound("profile " + profileId);
        }
        return profile;
    }

    /** As {@link #visibleProfile}, and refused while the profile is pending deletion. */
    public Profile activeProfile(String profileId) {
        Profile profile = visibleProfile(profileId);
        if (!profile.isActive()) {
            throw ProblemException.conflict("profile " + profileId
                    + " is pending deletion: its data is not processed until it is reactivated");
        }
        return profile;
    }

    public Account visibleAccount(String accountId) {
        Account account = accountId == null ? null : Account.findById(accountId);
        boolean readable = caller.mayActFor(accountId) || caller.hasRole(Roles.AUDITOR);
        if (account == null || !readable) {
            throw ProblemException.notFound("account " + accountId);
        }
        return account;
    }

    public Profile find(String profileId) {
        return Profile.findById(profileId);
    }

    /** Every profile of the account, the main one first. */
    public List<Profile> ofAccount(String accountId) {
        return Profile.ofAccount(accountId);
    }

    public Account accountOf(Profile profile) {
        return account(profile.accountId);
    }

    public Account account(String accountId) {
        return Account.findById(accountId);
    }

    Profile create(String accountId, String name, boolean main) {
        Profile profile = new Profile();
        profile.id = UUID.randomUUID().toString();
        profile.accountId = accountId;
        profile.name = name;
        profile.main = main;
        profile.status = ProfileStatus.ACTIVE;
        profile.createdAt = Instant.now(clock);
        profile.persist();
        return profile;
    }

    public void markPendingDeletion(String profileId) {
        Profile profile = Profile.findById(profileId);
        if (profile != null) {
            profile.status = ProfileStatus.PENDING_DELETION;
        }
    }

    public void reactivate(String profileId) {
        Profile profile = Profile.findById(profileId);
        if (profile != null) {
            profile.status = ProfileStatus.ACTIVE;
        }
    }

    /** Removes the profile row itself, once every {@link ProfileData} owner has purged its rows. */
    public boolean remove(String profileId) {
        return Profile.deleteById(profileId);
    }
}
