package io.rightsflow.sharing;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.rightsflow.account.AccountRef;
import io.rightsflow.account.Accounts;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.approval.ApprovedAct;
import io.rightsflow.approval.PendingActRef;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.link.LinkAction.LinkRefused;
import io.rightsflow.objection.ProcessingPolicy;
import io.rightsflow.objection.Purpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A dashboard share an agent asked for: nothing is shared until the subject approves it. */
@ApplicationScoped
class DashboardShareApproval implements ApprovedAct {

    static final String KIND = "DASHBOARD_SHARE";

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    ProcessingPolicy policy;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public String kind() {
        return KIND;
    }

    /** The subject decides whom their dashboard goes to, so the page names that account's address. */
    @Override
    public String describe(PendingActRef act) {
        AccountRef viewer = accounts.find(act.target());
        return "share your dashboard (weight, fat mass, heart rate and blood pressure) with the account "
                + (viewer == null ? "that has since been closed" : viewer.email());
    }

    @Override
    public void approved(PendingActRef act) {
        ProfileRef profile = profiles.find(act.profileId());
        if (profile == null || !profile.isActive() || accounts.find(act.target()) == null
                || !policy.allows(profile.id(), Purpose.DASHBOARD_SHARING)) {
            throw new LinkRefused("This dashboard can no longer be shared with that account. Nothing was changed.");
        }
        if (DashboardShare.count("profileId = ?1 and viewerAccountId = ?2", profile.id(), act.target()) == 0) {
            create(profile.id(), act.target(), "subject:" + act.accountId());
        }
    }

    DashboardShare create(String profileId, String viewerAccountId, String actor) {
        DashboardShare share = new DashboardShare();
        share.id = UUID.randomUUID().toString();
        share.profileId = profileId;
        share.viewerAccountId = viewerAccountId;
        share.createdAt = Instant.now(clock);
        share.persist();
        audit.record("DASHBOARD_SHARED", actor, null, profileId, "share=" + share.id + " viewer=" + viewerAccountId);
        return share;
    }

    @Override
    public void dropped(PendingActRef act) {
        // Nothing was shared while it waited.
    }
}
