package io.rightsflow.measurement;

import io.rightsflow.account.ProfileData;
import jakarta.enterprise.context.ApplicationScoped;

/** A profile's measurements, erased in batches (a profile may hold millions). */
@ApplicationScoped
public class MeasurementData implements ProfileData {

    @Override
    public String kind() {
        return "measurements";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public int purge(String profileId, int limit) {
        return ProfileData.deleteBatch(Measurement.getEntityManager(), "measurement", profileId, limit);
    }
}
