package io.rightsflow.sharing;

import io.rightsflow.account.AccessWriter;
import io.rightsflow.account.AccountRef;
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

    /** Whom the dashboard is shown to (viewers by address), waiting invitations, and items shared one by one. */
    @Override
    public void exportTo(AccessWriter out, String profileId) {
        for (DashboardShare share : DashboardShare.<DashboardShare>list("profileId = ?1 order by createdAt, id", profileId)) {
            AccountRef viewer = accounts.find(share.viewerAccountId);
            out.write("dashboard-shares", new Share(share.id, viewer == null ? null : viewer.email(), "shown",
                    share.createdAt));
        }
        WaitingShare.<WaitingShare>list("profileId = ?1 order by createdAt, id", profileId).forEach(w -> out.write(
                "dashboard-shares", new Share(w.id, w.address, "waiting for the viewer's sign-up", w.createdAt)));
        ItemShare.<ItemShare>list("profileId = ?1 order by sharedAt, id", profileId).forEach(i -> out.write(
                "item-shares", new Item(i.measurementId, i.categoryId, i.takenAt, i.sharedWith, i.sharedAt)));
    }

    @jakarta.inject.Inject
    io.rightsflow.account.Accounts accounts;

    record Share(String id, String viewer, String state, java.time.Instant since) {
    }

    record Item(long measurementId, String category, java.time.Instant takenAt, String sharedWith,
            java.time.Instant sharedAt) {
    }
}
