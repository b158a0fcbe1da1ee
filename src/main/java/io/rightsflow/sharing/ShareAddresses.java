package io.rightsflow.sharing;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.rightsflow.account.AccountRef;
import io.rightsflow.account.Accounts;
import io.rightsflow.account.AddressConfirmed;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.consent.ConsentChannel;
import io.rightsflow.consent.Consents;
import io.rightsflow.consent.Purpose;
import io.rightsflow.system.AddressHashes;
import io.rightsflow.system.ProblemException;
import io.rightsflow.system.UniqueConstraints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/**
 * A dashboard shared with an address: with the account that has proven it, or waiting (by the
 * address's keyed hash) until one does. The caller hears the same either way, so that sharing
 * cannot be used to find out who has an account.
 */
@ApplicationScoped
class ShareAddresses {

    static final String SHARE_ONCE = "dashboard_share_once";
    static final String WAITING_ONCE = "waiting_share_once";

    @Inject
    Accounts accounts;

    @Inject
    Consents consents;

    @Inject
    Profiles profiles;

    @Inject
    AddressHashes hashes;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** 422 when the address is the profile's own account's: telling so reveals nothing to its holder or their agent. */
    void requireAnotherAccount(ProfileRef profile, String email) {
        requireAnotherAccount(profile, accounts.byEmail(email));
    }

    private static void requireAnotherAccount(ProfileRef profile, AccountRef viewer) {
        if (viewer != null && viewer.id().equals(profile.accountId())) {
            throw ProblemException.unprocessable("the dashboard is already this account's own: give another address");
        }
    }

    String hashOf(String email) {
        return hashes.of(email);
    }

    String normalised(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the profile is shared with this address already, or waits for it. */
    boolean isSharedWith(ProfileRef profile, String email) {
        AccountRef viewer = accounts.byEmail(email);
        return WaitingShare.count("profileId = ?1 and addressHash = ?2", profile.id(), hashes.of(email)) > 0
                || viewer != null && DashboardShare.count("profileId = ?1 and viewerAccountId = ?2", profile.id(),
                        viewer.id()) > 0;
    }

    /** Shares the profile's dashboard with the address; answers the share's id, which stays the same once it waits no more. */
    @Transactional(Transactional.TxType.MANDATORY)
    String shareWith(ProfileRef profile, String email, String actor) {
        AccountRef viewer = accounts.byEmail(email);
        requireAnotherAccount(profile, viewer);
        String id = UUID.randomUUID().toString();
        // sharing is the consent to share (withdrawn by stopping the last share, DashboardShares.remove)
        consents.give(profile, Purpose.DASHBOARD_SHARING, ConsentChannel.DASHBOARD_SHARE, actor);
        // An account that is not active (not yet confirmed, or closing) has not proven the address now.
        if (viewer != null && viewer.isActive()) {
            share(id, profile.id(), viewer.id(), Instant.now(clock));
            audit.record("DASHBOARD_SHARED", actor, null, profile.id(), "share=" + id + " viewer=" + viewer.id());
        } else {
            WaitingShare waiting = new WaitingShare();
            waiting.id = id;
            waiting.profileId = profile.id();
            waiting.addressHash = hashes.of(email);
            waiting.address = normalised(email);
            waiting.createdAt = Instant.now(clock);
            persistOnce(waiting, WAITING_ONCE);
            audit.record("DASHBOARD_SHARED", actor, null, profile.id(), "share=" + id + " viewer=waiting");
        }
        return id;
    }

    /**
     * An account has proven its address: what waited for that address is shared with it now, under
     * the id its owner already knows. A share with the account's own profile, or one it already
     * has, simply ends.
     */
    void addressConfirmed(@Observes AddressConfirmed confirmed) {
        for (WaitingShare waiting : WaitingShare.<WaitingShare>list("addressHash", hashes.of(confirmed.email()))) {
            waiting.delete();
            ProfileRef profile = profiles.find(waiting.profileId);
            boolean already = DashboardShare.count("profileId = ?1 and viewerAccountId = ?2", waiting.profileId,
                    confirmed.accountId()) > 0;
            if (profile == null || profile.accountId().equals(confirmed.accountId()) || already) {
                continue;
            }
            share(waiting.id, waiting.profileId, confirmed.accountId(), waiting.createdAt);
            audit.record("DASHBOARD_SHARE_CONFIRMED", AuditTrail.SYSTEM, null, waiting.profileId,
                    "share=" + waiting.id + " viewer=" + confirmed.accountId());
        }
    }

    private static void share(String id, String profileId, String viewerAccountId, Instant since) {
        DashboardShare share = new DashboardShare();
        share.id = id;
        share.profileId = profileId;
        share.viewerAccountId = viewerAccountId;
        share.createdAt = since;
        persistOnce(share, SHARE_ONCE);
    }

    /** The database decides whether a share exists already: two identical shares at once leave one. */
    private static void persistOnce(PanacheEntityBase row, String constraint) {
        try {
            row.persistAndFlush();
        } catch (PersistenceException e) {
            if (UniqueConstraints.violated(e, constraint)) {
                throw ProblemException.conflict("the dashboard is already shared with this address");
            }
            throw e;
        }
    }
}
