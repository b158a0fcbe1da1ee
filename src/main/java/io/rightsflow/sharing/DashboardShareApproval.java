package io.rightsflow.sharing;

import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.approval.ApprovedAct;
import io.rightsflow.approval.PendingActRef;
import io.rightsflow.consent.ProcessingPolicy;
import io.rightsflow.consent.Purpose;
import io.rightsflow.link.LinkAction.LinkRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A dashboard share an agent asked for: nothing is shared until the subject approves it. */
@ApplicationScoped
class DashboardShareApproval implements ApprovedAct {

    static final String KIND = "DASHBOARD_SHARE";

    @Inject
    ShareAddresses addresses;

    @Inject
    Profiles profiles;

    @Inject
    ProcessingPolicy policy;

    @Override
    public String kind() {
        return KIND;
    }

    /** The subject decides whom their dashboard goes to, so the page names the address. */
    @Override
    public String describe(PendingActRef act) {
        return "share your dashboard (weight, fat mass, heart rate and blood pressure) with " + act.arguments();
    }

    /** Shared as the subject would share it: with that address's account, or waiting until one proves it. */
    @Override
    public void approved(PendingActRef act) {
        ProfileRef profile = profiles.find(act.profileId());
        if (profile == null || !profile.isActive() || !policy.unrestricted(profile.id(), Purpose.DASHBOARD_SHARING)) {
            throw new LinkRefused("This dashboard can no longer be shared. Nothing was changed.");
        }
        if (!addresses.isSharedWith(profile, act.arguments())) {
            addresses.shareWith(profile, act.arguments(), "subject:" + act.accountId());
        }
    }

    @Override
    public void dropped(PendingActRef act) {
        // Nothing was shared while it waited.
    }
}
