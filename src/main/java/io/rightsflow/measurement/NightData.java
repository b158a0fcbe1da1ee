package io.rightsflow.measurement;

import io.rightsflow.account.ProfileData;
import jakarta.enterprise.context.ApplicationScoped;

/** A profile's nights; they go before the devices they reference. */
@ApplicationScoped
class NightData implements ProfileData {

    @Override
    public String kind() {
        return "sleep nights";
    }

    @Override
    public int order() {
        return 11;
    }

    /** Nights are the profile's own and kept by profile: they move with it. */
    @Override
    public void moved(String profileId, String fromAccountId, String toAccountId) {
    }

    @Override
    public int purge(String profileId, int limit) {
        return ProfileData.deleteBatch(SleepNight.getEntityManager(), "sleep_night", profileId, limit);
    }
}
