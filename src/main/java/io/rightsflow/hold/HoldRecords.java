package io.rightsflow.hold;

import java.time.Instant;

import io.rightsflow.account.AccessWriter;
import io.rightsflow.account.AccountData;
import io.rightsflow.account.ProfileData;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The holds on an erased profile or account. They are the record of why its erasure waited, so they
 * are kept, by opaque ids only, as the request records are; their free text (the staff note, the
 * reason it was lifted) may name people, so it goes with the data.
 */
@ApplicationScoped
class HoldRecords implements ProfileData, AccountData {

    @Override
    public String kind() {
        return "legal hold notes";
    }

    @Override
    public int order() {
        return 30;
    }

    /** A hold on a profile stays on the profile wherever it goes: it is kept by the profile's id. */
    @Override
    public void moved(String profileId, String fromAccountId, String toAccountId) {
    }

    /** The holds on the subject and why, in categories; the staff's note and names stay out. */
    @Override
    public void exportTo(AccessWriter out, String subjectId) {
        LegalHold.<LegalHold>list("subjectId", subjectId).forEach(hold -> out.write("legal-holds",
                new HoldCopy(hold.id, hold.subjectType.name(), hold.reason.name(), hold.placedAt, hold.untilAt,
                        hold.liftedAt)));
    }

    record HoldCopy(String holdId, String on, String reason, Instant placedAt, Instant until, Instant liftedAt) {
    }

    @Override
    public int purge(String subjectId, int limit) {
        LegalHold.update("note = null, liftReason = null where subjectId = ?1", subjectId);
        return 0;
    }
}
