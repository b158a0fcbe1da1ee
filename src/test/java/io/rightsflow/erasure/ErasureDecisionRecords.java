package io.rightsflow.erasure;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The two records the erasure keeps by account, written as its desk steps write them, for tests
 * that need an account holding every kind of data (the access copy). Reaching them the long way
 * (a cancelled account erasure, a deletion notice that kept failing) is what the erasure tests do.
 */
public final class ErasureDecisionRecords {

    private ErasureDecisionRecords() {
    }

    /** A cancelled deletion of the account and a decision on an undelivered notice, with their reasons. */
    public static void of(String accountId, String reason) {
        QuarkusTransaction.requiringNew().run(() -> {
            DeletionCancellation cancellation = new DeletionCancellation();
            cancellation.requestId = UUID.randomUUID().toString();
            cancellation.accountId = accountId;
            cancellation.cancelledBy = "agent";
            cancellation.reason = reason;
            cancellation.cancelledAt = Instant.now();
            cancellation.persist();
            NoticeDecision decision = new NoticeDecision();
            decision.requestId = cancellation.requestId;
            decision.accountId = accountId;
            decision.decision = UndeliveredNoticeTask.PROCEED_WITHOUT_NOTICE;
            decision.decidedBy = "agent";
            decision.reason = reason;
            decision.decidedAt = Instant.now();
            decision.persist();
        });
    }
}
