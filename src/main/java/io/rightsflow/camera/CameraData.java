package io.rightsflow.camera;

import io.rightsflow.account.AccessWriter;
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

    @Override
    public void exportTo(AccessWriter out, String profileId) {
        List<String> cameras = devices.idsOf(profileId);
        if (!cameras.isEmpty()) {
            CameraPrivacy.<CameraPrivacy>list("deviceId in ?1 order by deviceId", cameras).forEach(c -> out.write(
                    "camera-settings", new Setting(c.deviceId, c.liveStream, c.recording, c.updatedAt)));
        }
    }

    record Setting(String deviceId, boolean liveStream, boolean recording, java.time.Instant changedAt) {
    }
}
