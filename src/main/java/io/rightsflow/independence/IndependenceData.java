package io.rightsflow.independence;

import io.rightsflow.account.ProfileData;
import jakarta.enterprise.context.ApplicationScoped;

/** A profile's independence records (a pending one holds an address): erased with it. */
@ApplicationScoped
public class IndependenceData implements ProfileData {

    @Override
    public String kind() {
        return "independence requests";
    }

    @Override
    public int order() {
        return 7;
    }

    @Override
    public int purge(String profileId, int limit) {
        return (int) Independence.delete("profileId", profileId);
    }
}
