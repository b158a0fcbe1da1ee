package io.rightsflow.measurement;

import io.rightsflow.account.ProfileData;
import jakarta.enterprise.context.ApplicationScoped;

/** A profile's devices; they go after the measurements that reference them. */
@ApplicationScoped
class DeviceData implements ProfileData {

    @Override
    public String kind() {
        return "devices";
    }

    @Override
    public int order() {
        return 20;
    }

    /** The devices record the profile's data and are kept by profile: they move with it. */
    @Override
    public void moved(String profileId, String fromAccountId, String toAccountId) {
    }

    @Override
    public int purge(String profileId, int limit) {
        return ProfileData.deleteBatch(Measurement.getEntityManager(), "device", profileId, limit);
    }
}
