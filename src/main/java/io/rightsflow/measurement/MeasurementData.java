package io.rightsflow.measurement;

import io.rightsflow.account.AccessWriter;
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

    /**
     * Every reading as stored (base units: kg, m, °C), with its source: device, manual or import, and
     * the rectification request that contests it, if any (its statement is in "rectifications").
     */
    @Override
    public void exportTo(AccessWriter out, String profileId) {
        out.rowsById(Measurement.getEntityManager(), "measurements", "select id, category_id, source, device_id, "
                + "taken_at, val, systolic, diastolic, comment, created_at, contested_by from measurement where profile_id = ?1 "
                + "and id > ?2 order by id",
                profileId, "id", "category", "source", "deviceId", "takenAt", "value", "systolic", "diastolic",
                "comment", "storedAt", "contestedBy");
    }
}
