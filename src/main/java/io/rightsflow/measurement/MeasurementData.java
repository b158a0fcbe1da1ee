package io.rightsflow.measurement;

import io.rightsflow.account.ProfileData;
import jakarta.enterprise.context.ApplicationScoped;

/** A profile's measurements, erased in batches (a profile may hold millions). */
@ApplicationScoped
class MeasurementData implements ProfileData {

    @Override
    public String kind() {
        return "measurements";
    }

    @Override
    public int order() {
        return 10;
    }

    /** Measurements are the profile's own and kept by profile: they move with it. */
    @Override
    public void moved(String profileId, String fromAccountId, String toAccountId) {
    }

    @Override
    public int purge(String profileId, int limit) {
        return ProfileData.deleteBatch(Measurement.getEntityManager(), "measurement", profileId, limit);
    }
}
