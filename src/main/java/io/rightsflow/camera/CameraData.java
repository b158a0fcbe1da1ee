package io.rightsflow.camera;

import io.rightsflow.account.ProfileData;
import io.rightsflow.measurement.Device;
import jakarta.enterprise.context.ApplicationScoped;

/** The switches of an erased profile's cameras go before its devices. */
@ApplicationScoped
public class CameraData implements ProfileData {

    @Override
    public String kind() {
        return "camera settings";
    }

    @Override
    public int order() {
        return 15;
    }

    /** The switches belong to the profile's cameras, kept by device: they move with the devices. */
    @Override
    public void moved(String profileId, String fromAccountId, String toAccountId) {
    }

    @Override
    public int purge(String profileId, int limit) {
        return (int) CameraPrivacy.delete("deviceId in (select d.id from Device d where d.profileId = ?1)", profileId);
    }
}
