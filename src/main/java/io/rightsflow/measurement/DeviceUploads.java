package io.rightsflow.measurement;

import java.util.function.Predicate;

import io.rightsflow.account.Profiles;
import io.rightsflow.catalog.Product;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What the device uploads share: the device, if the caller owns it and it is the kind that sends this. */
@ApplicationScoped
class DeviceUploads {

    @Inject
    Profiles profiles;

    @Inject
    Devices devices;

    @ConfigProperty(name = "rightsflow.measurement.max-readings-per-upload", defaultValue = "1000")
    int maxReadings;

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

    /**
     * A device sends its readings in calls of at most {@code rightsflow.measurement.max-readings-per-upload}:
     * one call's work stays bounded, and a larger batch is refused whole (413), nothing stored.
     */
    void requireAtMostMaxReadings(int readings) {
        if (readings > maxReadings) {
            throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "send at most " + maxReadings
                    + " readings per call (this one had " + readings + "): split them over several calls");
        }
    }
}
