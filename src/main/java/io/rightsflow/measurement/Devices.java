package io.rightsflow.measurement;

import java.util.List;

import io.rightsflow.account.Profiles;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The public face of registered devices for the other features. */
@ApplicationScoped
public class Devices {

    @Inject
    Profiles profiles;

    /**
     * The caller's device; 404 naming only the device when there is none or it belongs to another
     * account, so that a guessed device id tells nothing about whose it is.
     */
    public DeviceRef visible(String deviceId) {
        DeviceRef device = find(deviceId);
        if (device == null || !profiles.isVisible(device.profileId())) {
            throw ProblemException.notFound("device " + deviceId);
        }
        return device;
    }

    /** The device, or null when there is none. */
    public DeviceRef find(String deviceId) {
        return deviceId == null ? null : DeviceRef.of(Device.findById(deviceId));
    }

    /** The ids of a profile's devices. */
    public List<String> idsOf(String profileId) {
        return Device.<Device>list("profileId", profileId).stream().map(d -> d.id).toList();
    }
}
