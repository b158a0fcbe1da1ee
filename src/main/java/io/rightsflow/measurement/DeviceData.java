package io.rightsflow.measurement;

import io.rightsflow.account.AccessWriter;
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

    @Override
    public void exportTo(AccessWriter out, String profileId) {
        out.rows(Measurement.getEntityManager(), "devices", "select d.id, d.product_id, p.name, d.created_at from device d "
                + "join catalog_product p on p.id = d.product_id where d.profile_id = ?1 order by d.created_at, d.id",
                profileId, "id", "product", "productName", "addedAt");
    }
}
