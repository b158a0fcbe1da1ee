package io.rightsflow.objection;

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
}
