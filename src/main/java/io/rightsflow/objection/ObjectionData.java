package io.rightsflow.objection;

import io.rightsflow.account.ProfileData;
import jakarta.enterprise.context.ApplicationScoped;

/** A profile's restrictions and objections (their statements and grounds are free text): erased with it. */
@ApplicationScoped
public class ObjectionData implements ProfileData {

    @Override
    public String kind() {
        return "objections";
    }

    @Override
    public int order() {
        return 6;
    }

    @Override
    public int purge(String profileId, int limit) {
        long restrictions = Restriction.delete("profileId", profileId);
        long objections = Objection.delete("profileId", profileId);
        return (int) (restrictions + objections);
    }
}
