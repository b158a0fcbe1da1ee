package io.rightsflow.hold;

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

    @Override
    public int purge(String subjectId, int limit) {
        LegalHold.update("note = null, liftReason = null where subjectId = ?1", subjectId);
        return 0;
    }
}
