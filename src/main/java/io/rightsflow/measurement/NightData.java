package io.rightsflow.measurement;

import io.rightsflow.account.ProfileData;
import jakarta.enterprise.context.ApplicationScoped;

/** A profile's nights; they go before the devices they reference. */
@ApplicationScoped
public class NightData implements ProfileData {

    @Override
    public String kind() {
        return "sleep nights";
    }

    @Override
    public int order() {
        return 11;
    }

    @Override
    public int purge(String profileId, int limit) {
        return ProfileData.deleteBatch(SleepNight.getEntityManager(), "sleep_night", profileId, limit);
    }
}
