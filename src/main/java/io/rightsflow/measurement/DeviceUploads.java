package io.rightsflow.measurement;

import java.util.function.Predicate;

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

    @Inject
    Devices devices;

    public record Stored(String id) {
    }

    /** The caller's device, loaded once: 404 for another's, 409 pending deletion, 422 if its product does not send this. */
    Device device(String deviceId, Predicate<Product> sends, String needed) {
        devices.visible(deviceId);
        Device device = Device.findById(deviceId);
        profiles.active(device.profileId);
        if (!sends.test(Product.findById(device.productId))) {
            throw ProblemException.unprocessable("only " + needed + " sends this; see GET /api/catalog/products");
        }
        return device;
    }
}
