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
        return Measurement.getEntityManager().createNativeQuery(
                "delete from measurement where id in "
                        + "(select id from measurement where profile_id = ?1 order by id limit ?2)")
                .setParameter(1, profileId)
                .setParameter(2, limit)
                .executeUpdate();
    }
}
