package io.rightsflow.measurement;

import io.rightsflow.account.ProfileData;
import jakarta.enterprise.context.ApplicationScoped;

/** A profile's devices; they go after the measurements that reference them. */
@ApplicationScoped
public class DeviceData implements ProfileData {

    @Override
    public String kind() {
        return "devices";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public int purge(String profileId, int limit) {
        return Measurement.getEntityManager().createNativeQuery(
                "delete from device where id in (select id from device where profile_id = ?1 order by id limit ?2)")
                .setParameter(1, profileId)
                .setParameter(2, limit)
                .executeUpdate();
    }
}
