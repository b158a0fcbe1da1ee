package io.rightsflow.desk;

import java.time.Instant;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rightsflow.request.RequestType;

/**
 * An agent's note on a request handled near its due date, written as the due-soon task writes it,
 * for tests that need an account holding every kind of data (the access copy). Reaching it the
 * long way (the clock moved to the escalation) is what RequestReceiptProcessTest does.
 */
public final class DueSoonRecords {

    private DueSoonRecords() {
    }

    /** {@code profileId} null: a request about the whole account. */
    public static void of(String requestId, RequestType type, String accountId, String profileId, String note) {
        QuarkusTransaction.requiringNew().run(() -> {
            DueSoonNote row = new DueSoonNote();
            row.requestId = requestId;
            row.requestType = type;
            row.accountId = accountId;
            row.profileId = profileId;
            row.handledBy = "agent";
            row.note = note;
            row.handledAt = Instant.now();
            row.persist();
        });
    }
}
