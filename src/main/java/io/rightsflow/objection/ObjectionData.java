package io.rightsflow.objection;

import io.rightsflow.account.AccessWriter;
import io.rightsflow.account.ProfileData;
import jakarta.enterprise.context.ApplicationScoped;

/** A profile's restrictions and objections (their statements and grounds are free text): erased with it. */
@ApplicationScoped
class ObjectionData implements ProfileData {

    @Override
    public String kind() {
        return "objections";
    }

    @Override
    public int order() {
        return 6;
    }

    /**
     * The objection is the person's own (Art. 21): its restrictions, kept by profile, move with the
     * profile and go on protecting it; the request records follow it too (RequestRecords).
     */
    @Override
    public void moved(String profileId, String fromAccountId, String toAccountId) {
    }

    @Override
    public int purge(String profileId, int limit) {
        long restrictions = Restriction.delete("profileId", profileId);
        long objections = Objection.delete("profileId", profileId);
        return (int) (restrictions + objections);
    }

    @Override
    public void exportTo(AccessWriter out, String profileId) {
        Objection.<Objection>list("profileId = ?1 order by requestId", profileId).forEach(o -> out.write("objections",
                new ObjectionRow(o.requestId, o.purposes, o.statement, o.decision, o.grounds, o.decidedAt)));
        Restriction.<Restriction>list("profileId = ?1 order by createdAt, id", profileId).forEach(r -> out.write(
                "restrictions", new RestrictionRow(r.purpose, r.status, r.requestId, r.createdAt)));
    }

    record ObjectionRow(String requestId, String purposes, String statement, String decision, String grounds,
            java.time.Instant decidedAt) {
    }

    record RestrictionRow(Object purpose, Object status, String requestId, java.time.Instant since) {
    }
}
