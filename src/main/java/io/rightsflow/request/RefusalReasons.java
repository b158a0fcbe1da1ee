package io.rightsflow.request;

import io.rightsflow.account.AccessWriter;
import io.rightsflow.account.ProfileData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The reasons an agent wrote for refusing a request are free text about the person: they go with
 * the profile. The refusal itself (its kind, when, by whom) stays with the request record.
 */
@ApplicationScoped
class RefusalReasons implements ProfileData {

    @Inject
    RequestRefusals refusals;

    @Override
    public String kind() {
        return "refusal reasons";
    }

    @Override
    public int order() {
        return 8;
    }

    /** The refusals stay with their request records, which move with the profile (RequestRecords). */
    @Override
    public void moved(String profileId, String fromAccountId, String toAccountId) {
    }

    /** What was refused and why, as the person was told; the staff member's name stays out. */
    @Override
    public void exportTo(AccessWriter out, String profileId) {
        refusals.requestIdsOfProfile(profileId).stream().map(refusals::of).filter(java.util.Objects::nonNull)
                .forEach(refusal -> out.write("refusals", RefusalCopy.of(refusal)));
    }

    @Override
    public int purge(String profileId, int limit) {
        return refusals.forgetReasons(refusals.requestIdsOfProfile(profileId));
    }
}
