package io.rightsflow.restriction;

import java.time.Instant;

import io.rightsflow.account.AccessWriter;
import io.rightsflow.account.ProfileData;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A profile's restriction requests (their statements and reasons are free text): erased with it.
 * The restriction rows themselves are processing_restriction's, purged and copied by the objection
 * feature with every other restriction.
 */
@ApplicationScoped
class RestrictionData implements ProfileData {

    @Override
    public String kind() {
        return "restriction requests";
    }

    @Override
    public int order() {
        return 6;
    }

    /**
     * The restriction is the person's own (Art. 18), kept by profile: it moves with the profile and
     * goes on protecting it; the request records follow it too (RequestRecords).
     */
    @Override
    public void moved(String profileId, String fromAccountId, String toAccountId) {
    }

    @Override
    public int purge(String profileId, int limit) {
        return (int) RestrictionRequest.delete("profileId", profileId);
    }

    @Override
    public void exportTo(AccessWriter out, String profileId) {
        RestrictionRequest.<RestrictionRequest>list("profileId = ?1 order by requestId", profileId).forEach(r -> out.write(
                "restriction-requests", new RestrictionRequestRow(r.requestId, r.ground.name(), r.statement, r.restrictedAt,
                        r.decision, r.reasons, r.decidedAt, r.liftedAt)));
    }

    record RestrictionRequestRow(String requestId, String ground, String statement, Instant restrictedAt,
            String decision, String reasons, Instant decidedAt, Instant liftedAt) {
    }
}
