package io.rightsflow.sharing;

import io.rightsflow.account.ProfileData;
import io.rightsflow.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** An erased profile's dashboard shares (waiting ones too) and its record of shared items go with it: sharing stops for good. */
@ApplicationScoped
class SharingData implements ProfileData {

    @Inject
    AuditTrail audit;

    @Override
    public String kind() {
        return "shares";
    }

    @Override
    public int order() {
        return 3;
    }

    /**
     * Dashboard shares end, waiting ones too: the former holder chose those viewers, and the new owner decides anew
     * whom to show their data. The record of items shared one by one moves with the profile: it
     * only tells the new owner what of their data went where, and delivers nothing.
     */
    @Override
    public void moved(String profileId, String fromAccountId, String toAccountId) {
        for (DashboardShare share : DashboardShare.<DashboardShare>list("profileId", profileId)) {
            share.delete();
            audit.record("DASHBOARD_SHARE_REMOVED", AuditTrail.SYSTEM, null, profileId,
                    "share=" + share.id + " reason=profile-made-independent");
        }
        for (WaitingShare share : WaitingShare.<WaitingShare>list("profileId", profileId)) {
            share.delete();
            audit.record("DASHBOARD_SHARE_REMOVED", AuditTrail.SYSTEM, null, profileId,
                    "share=" + share.id + " reason=profile-made-independent");
        }
    }

    @Override
    public int purge(String profileId, int limit) {
        return (int) (DashboardShare.delete("profileId", profileId) + WaitingShare.delete("profileId", profileId)
                + ItemShare.delete("profileId", profileId));
    }
}
