package io.rightsflow.measurement;

import io.rightsflow.account.AccessWriter;
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

    @Override
    public void exportTo(AccessWriter out, String profileId) {
        out.rowsById(SleepNight.getEntityManager(), "sleep-nights", "select id, device_id, started_at, ended_at, "
                + "light_s, deep_s, rem_s, awake_s, wake_ups, created_at from sleep_night where profile_id = ?1 "
                + "and id > ?2 order by id",
                profileId, "id", "deviceId", "start", "end", "lightSeconds", "deepSeconds", "remSeconds",
                "awakeSeconds", "wakeUps", "storedAt");
    }
}
