package io.rightsflow.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The public face of accounts and profiles for the other features. */
@ApplicationScoped
public class Profiles {

    private static final int ID_SLICE = 1_000;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Instance<ProfileData> owners;

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

    /**
     * The account and every profile of it wait for their deletion: login is refused from now on
     * (every call logs in again), and nothing of them is processed or shared.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markAccountPendingDeletion(String accountId) {
        Account account = Account.findById(accountId);
        account.status = AccountStatus.PENDING_DELETION;
        Profile.ofAccount(accountId).forEach(profile -> profile.status = ProfileStatus.PENDING_DELETION);
    }

    /** The account's deletion was cancelled: it and its profiles are back exactly as they were. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void restoreAccount(String accountId) {
        Account account = Account.findById(accountId);
        account.status = AccountStatus.ACTIVE;
        Profile.ofAccount(accountId).forEach(profile -> profile.status = ProfileStatus.ACTIVE);
    }

    /** Whether the account waits for its deletion (a gone account counts as closed too). */
    public boolean isClosing(String accountId) {
        Account account = accountId == null ? null : Account.findById(accountId);
        return account == null || account.status != AccountStatus.ACTIVE;
    }

    /** Removes the account row itself (email, password hash), once its profiles and their data are gone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean removeAccount(String accountId) {
        if (Profile.count("accountId", accountId) > 0) {
            throw new IllegalStateException("account " + accountId + " still has profiles: purge them first");
        }
        return Account.deleteById(accountId);
    }

    /** Whether an address is well formed, as accounts need it. */
    public boolean looksLikeEmail(String email) {
        return Emails.looksValid(email);
    }

    /** Whether an account already uses this address (compared as accounts store it, lower-cased). */
    public boolean emailTaken(String email) {
        return Account.findByEmail(email) != null;
    }

    /**
     * Makes a secondary profile the main profile of a new account with this address and password
     * (PRODUCT.md 3.5), with the units of the account it leaves. Every {@link ProfileData} owner
     * is told, so that what it keeps by account moves along. Answers 400 for a password that
     * breaks the rule and 409 for an address in use, changing nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Account makeIndependent(String profileId, String email, String password) {
        PasswordRule.require(password);
        if (emailTaken(email)) {
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
        return account;
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

    /** Removes the profile row itself, once every {@link ProfileData} owner has purged its rows. */
    public boolean remove(String profileId) {
        return Profile.deleteById(profileId);
    }
}
