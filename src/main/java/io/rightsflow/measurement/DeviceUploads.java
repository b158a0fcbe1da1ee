package io.rightsflow.measurement;

import io.rightsflow.account.Profiles;
import io.rightsflow.catalog.Product;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What the device uploads share: the device, if the caller owns it and it is the kind that sends this. */
@ApplicationScoped
class DeviceUploads {

    @Inject
    Profiles profiles;

    public record Stored(String id) {
    }

    Device device(String deviceId, boolean suitable, String needed) {
        Device device = Device.findById(deviceId);
        if (device == null) {
            throw ProblemException.notFound("device " + deviceId);
        }
        profiles.activeProfile(device.profileId);
        if (!suitable) {
            throw ProblemException.unprocessable("only " + needed + " sends this; see GET /api/catalog/products");
        }
        return device;
    }

    String productOf(String deviceId) {
        Device device = Device.findById(deviceId);
        return device == null ? null : device.productId;
    }

    String family(String deviceId) {
        String product = productOf(deviceId);
        return product == null ? null : Product.<Product>findById(product).family;
    }
}
