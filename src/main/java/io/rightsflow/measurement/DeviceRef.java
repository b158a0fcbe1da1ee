package io.rightsflow.measurement;

import java.time.Instant;

/** A registered device as the other features see it: whose, and which product of the catalogue. */
public record DeviceRef(String id, String profileId, String productId, Instant createdAt) {

    static DeviceRef of(Device device) {
        return device == null ? null : new DeviceRef(device.id, device.profileId, device.productId, device.createdAt);
    }
}
