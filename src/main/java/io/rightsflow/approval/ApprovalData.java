package io.rightsflow.approval;

import io.rightsflow.account.AccessWriter;
import io.rightsflow.account.ProfileData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The acts agents asked for about a profile: their reasons are free text about the person, so
 * they go with the profile. An act still waiting when its link is followed later finds nothing.
 */
@ApplicationScoped
class ApprovalData implements ProfileData {

    @Inject
    EntityManager em;

    @Inject
    ActDecisions decisions;

    @Override
    public String kind() {
        return "acts asked by agents";
    }

    @Override
    public int order() {
        return 1;
    }

    /**
     * The acts that still wait end, as if unanswered: the approval was asked of the former holder,
     * who no longer decides for the profile, and what waited (a partner link) goes with them. The
     * answered ones are the holder's decisions about the holder's time with the profile and stay
     * as records (the new owner cannot read them: they name the holder's account).
     */
    @Override
    public void moved(String profileId, String fromAccountId, String toAccountId) {
        for (PendingAct act : PendingAct.<PendingAct>list("profileId = ?1 and status = ?2", profileId,
                ActStatus.AWAITING_SUBJECT)) {
            decisions.expire(act.id);
        }
    }

    @Override
    public int purge(String profileId, int limit) {
        return ProfileData.deleteBatch(em, "pending_act", profileId, limit);
    }

    /** What customer service asked for the profile, and what became of it. */
    @Override
    public void exportTo(AccessWriter out, String profileId) {
        out.rows(em, "acts-asked-by-agents", "select id, kind, target, ticket, reason, status, created_at, expires_at, "
                + "decided_at from pending_act where profile_id = ?1 order by created_at, id", profileId, "id", "kind",
                "target", "ticket", "reason", "status", "askedAt", "expiresAt", "decidedAt");
    }
}
