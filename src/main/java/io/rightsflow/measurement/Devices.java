package io.rightsflow.measurement;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/** The public face of registered devices for the other features. */
@ApplicationScoped
public class Devices {

    /** The device, or null when there is none. */
    public DeviceRef find(String deviceId) {
        return deviceId == null ? null : DeviceRef.of(Device.findById(deviceId));
    }

    /** The ids of a profile's devices. */
    public List<String> idsOf(String profileId) {
        return Device.<Device>list("profileId", profileId).stream().map(d -> d.id).toList();
    }
}
