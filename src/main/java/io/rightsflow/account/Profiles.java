package io.rightsflow.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Passwords;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** The public face of profiles for the other features: find them, and move them through their life. */
@ApplicationScoped
public class Profiles {

    private static final int ID_SLICE = 1_000;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Instance<ProfileData> owners;

    @Inject
    Event<AddressConfirmed> addressConfirmed;

    /** The profile, when the caller may act on it; 404 otherwise, so that ids of others leak nothing. */
    public ProfileRef visible(String profileId) {
        return ProfileRef.of(visibleProfile(profileId));
    }

    private Profile visibleProfile(String profileId) {
        Profile profile = profileId == null ? null : Profile.findById(profileId);
        if (profile == null || !caller.mayActFor(profile.accountId)) {
            throw ProblemException.notFound("profile " + profileId);
        }
        return profile;
    }

    /**
     * Whether the profile exists and the caller may act on it. For a feature that answers 404 about
     * its own thing (a device) without naming the profile it belongs to.
     */
    public boolean isVisible(String profileId) {
        Profile profile = profileId == null ? null : Profile.findById(profileId);
        return profile != null && caller.mayActFor(profile.accountId);
    }

    /** As {@link #visible}, and refused while the profile is pending deletion. */
    public ProfileRef active(String profileId) {
        Profile profile = visibleProfile(profileId);
        if (!profile.isActive()) {
            throw ProblemException.conflict("profile " + profileId
                    + " is pending deletion: its data is not processed until it is reactivated");
        }
        return ProfileRef.of(profile);
    }

    /** The profile, or null when there is none (any more). */
    public ProfileRef find(String profileId) {
        return profileId == null ? null : ProfileRef.of(Profile.findById(profileId));
    }

    /**
     * Gives the profile a corrected name (a rectification, Art. 16); says what it was, for the
     * rectification's record, or null when the profile is gone.
     */
    public String rename(String profileId, String name) {
        Profile profile = profileId == null ? null : Profile.findById(profileId);
        if (profile == null) {
            return null;
        }
        String was = profile.name;
        profile.name = name.strip();
        return was;
    }

    /** Every profile of the account, the main one first. */
    public List<ProfileRef> ofAccount(String accountId) {
        return Profile.ofAccount(accountId).stream().map(ProfileRef::of).toList();
    }

    /**
     * Every profile, for the extracts that go through all of them; not those of an account whose
     * address is unconfirmed: they are nobody's yet, and no marketing goes to an unproven address.
     */
    public List<ProfileRef> all() {
        return Profile.<Profile>list("accountId not in (select a.id from Account a where a.status = ?1)",
                AccountStatus.UNCONFIRMED).stream().map(ProfileRef::of).toList();
    }

    /**
     * A family member's profile, with its year of birth when said; 400 naming {@code birthYear} for a
     * year that cannot be one, 409 while the account waits for its deletion; nothing is created then.
     */
    @Transactional
    Profile createSecondary(String accountId, String name, Integer birthYear, String actor) {
        String problem = BirthYears.problem(birthYear, BirthYears.thisYear(clock));
        if (problem != null) {
            throw ProblemException.badRequest(problem).with("field", BirthYears.FIELD);
        }
        Account account = Account.findById(accountId);
        if (account == null || account.status != AccountStatus.ACTIVE) {
            throw ProblemException.conflict("account " + accountId + " is pending deletion: no profile can be added "
                    + "unless customer service cancels the deletion");
        }
        Profile profile = create(accountId, name.strip(), false);
        profile.birthYear = birthYear;
        audit.record("PROFILE_CREATED", actor, null, profile.id, "main=false" + (birthYear == null ? "" : " birthYear=given"));
        return profile;
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

    /**
     * Makes a secondary profile the main profile of a new account with this address and password
     * (README "Making a profile independent"), with the units of the account it leaves. Every {@link ProfileData} owner
     * is told, so that what it keeps by account moves along. Answers 400 for a password that
     * breaks the rule and 409 for an address in use, changing nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AccountRef makeIndependent(String profileId, String email, String password) {
        PasswordRule.require(password);
        if (Account.findByEmail(email) != null) {
            throw ProblemException.conflict("an account with this email already exists");
        }
        Profile profile = Profile.findById(profileId);
        Account origin = Account.findById(profile.accountId);
        Account account = new Account();
        account.id = UUID.randomUUID().toString();
        account.email = Emails.normalise(email);
        account.passwordHash = Passwords.hash(password);
        account.units = new Units();
        account.units.weight = origin.units.weight;
        account.units.distance = origin.units.distance;
        account.units.height = origin.units.height;
        account.status = AccountStatus.ACTIVE;
        account.createdAt = Instant.now(clock);
        account.persist();
        profile.accountId = account.id;
        profile.main = true;
        owners.forEach(owner -> owner.moved(profileId, origin.id, account.id));
        // Its owner proved the address by following the link mailed to it.
        addressConfirmed.fire(new AddressConfirmed(account.id, account.email));
        return AccountRef.of(account);
    }

    /**
     * Of these profiles, the active main ones (an account's own profile), each mapped to its
     * account's id. Asked in slices, so that a long list stays within a query's parameter limit.
     */
    public Map<String, String> accountsOfActiveMainProfiles(Collection<String> profileIds) {
        List<String> ids = List.copyOf(profileIds);
        Map<String, String> accounts = new HashMap<>();
        for (int from = 0; from < ids.size(); from += ID_SLICE) {
            Profile.getEntityManager().createQuery("select p.id, p.accountId from Profile p "
                    + "where p.id in ?1 and p.main = true and p.status = ?2", Object[].class)
                    .setParameter(1, ids.subList(from, Math.min(ids.size(), from + ID_SLICE)))
                    .setParameter(2, ProfileStatus.ACTIVE)
                    .getResultList().forEach(row -> accounts.put((String) row[0], (String) row[1]));
        }
        return accounts;
    }

    /**
     * Locks the profile's row until the transaction ends: what is decided about the profile one
     * change at a time (its consents) waits here for the change before it, on every node.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String profileId) {
        Profile.findById(profileId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** These profiles, those that still exist, asked in slices as above. */
    public List<ProfileRef> findAll(Collection<String> profileIds) {
        List<String> ids = List.copyOf(profileIds);
        List<ProfileRef> found = new java.util.ArrayList<>();
        for (int from = 0; from < ids.size(); from += ID_SLICE) {
            Profile.<Profile>list("id in ?1", ids.subList(from, Math.min(ids.size(), from + ID_SLICE))).stream()
                    .map(ProfileRef::of).forEach(found::add);
        }
        return found;
    }

    /** Removes the profile row itself, once every {@link ProfileData} owner has purged its rows. */
    public boolean remove(String profileId) {
        return Profile.deleteById(profileId);
    }
}
