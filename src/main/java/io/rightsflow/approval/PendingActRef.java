package io.rightsflow.approval;

import java.time.Instant;

/** An act waiting for (or answered by) the subject, as features and the API see it. */
public record PendingActRef(String id, String kind, String accountId, String profileId, String target,
        String arguments, String askedBy, String ticket, String reason, ActStatus status, Instant createdAt,
        Instant expiresAt, Instant decidedAt) {

    static PendingActRef of(PendingAct act) {
        return act == null ? null : new PendingActRef(act.id, act.kind, act.accountId, act.profileId, act.target,
                act.arguments, act.askedBy, act.ticket, act.reason, act.status, act.createdAt, act.expiresAt,
                act.decidedAt);
    }
}
