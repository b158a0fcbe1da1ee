package io.rightsflow.camera;

import java.util.List;

import io.rightsflow.measurement.Devices;
import io.rightsflow.account.ProfileData;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;

/** The switches of an erased profile's cameras go before its devices. */
@ApplicationScoped
class CameraData implements ProfileData {

    @Inject
    Devices devices;

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
        List<String> cameras = devices.idsOf(profileId);
        return cameras.isEmpty() ? 0 : (int) CameraPrivacy.delete("deviceId in ?1", cameras);
    }
}
