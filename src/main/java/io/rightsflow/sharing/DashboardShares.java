package io.rightsflow.sharing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.consent.ConsentChannel;
import io.rightsflow.consent.Consents;
import io.rightsflow.consent.Purpose;
import io.rightsflow.security.Caller;
import io.rightsflow.sharing.ShareResource.Viewer;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Who sees a profile's dashboard, and removing one of them at once: for the API and the shares page. */
@ApplicationScoped
public class DashboardShares {

    @Inject
    Accounts accounts;

    @Inject
    Consents consents;

    @Inject
    Profiles profiles;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    /** Every share of the profile, oldest first, whether it reached an account yet or waits for one. */
    @Transactional
    public List<Viewer> viewers(String profileId) {
        ProfileRef profile = profiles.visible(profileId);
        List<Viewer> viewers = new ArrayList<>();
        DashboardShare.<DashboardShare>list("profileId", profile.id()).forEach(s -> viewers.add(
                new Viewer(s.id, accounts.find(s.viewerAccountId).email(), s.createdAt)));
        WaitingShare.<WaitingShare>list("profileId", profile.id())
                .forEach(s -> viewers.add(new Viewer(s.id, s.address, s.createdAt)));
        viewers.sort(Comparator.comparing(Viewer::since).thenComparing(Viewer::shareId));
        return viewers;
    }

    /** Removes the share at once; 404 when the profile has no such share. */
    @Transactional
    public void remove(String profileId, String shareId) {
        ProfileRef profile = profiles.visible(profileId);
        if (DashboardShare.delete("id = ?1 and profileId = ?2", shareId, profile.id())
                + WaitingShare.delete("id = ?1 and profileId = ?2", shareId, profile.id()) == 0) {
            throw ProblemException.notFound("share " + shareId);
        }
        audit.record("DASHBOARD_SHARE_REMOVED", caller.actor(), null, profile.id(), "share=" + shareId);
        // stopping the last share withdraws the consent that sharing gave
        if (DashboardShare.count("profileId", profile.id()) + WaitingShare.count("profileId", profile.id()) == 0) {
            consents.withdraw(profile, Purpose.DASHBOARD_SHARING, ConsentChannel.DASHBOARD_SHARE, caller.actor());
        }
    }
}
