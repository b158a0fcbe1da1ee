package io.rightsflow.measurement;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.catalog.Product;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

@Path("/api")
@RolesAllowed(Roles.SUBJECT)
public class DeviceResource {

    @Inject
    Instance<CapturePolicy> policies;

    @Inject
    Profiles profiles;

    @Inject
    Devices devices;

    @Inject
    Measurements measurements;

    @Inject
    Clock clock;

    public record NewDevice(String product) {
    }

    public record DeviceCreated(String deviceId) {
    }

    public record Recorded(List<String> measurementIds) {
        static Recorded of(List<Measurement> stored) {
            return new Recorded(stored.stream().map(m -> String.valueOf(m.id)).toList());
        }
    }

    @POST
    @Path("/profiles/{profileId}/devices")
    @Transactional
    public Response addDevice(@PathParam("profileId") String profileId, @NotNull NewDevice body) {
        ProfileRef profile = profiles.active(profileId);
        if (body.product() == null || Product.findById(body.product()) == null) {
            throw ProblemException.badRequest("product must be one of the ids of GET /api/catalog/products");
        }
        Device device = new Device();
        device.id = UUID.randomUUID().toString();
        device.profileId = profile.id();
        device.productId = body.product();
        device.createdAt = Instant.now(clock);
        device.persist();
        return Response.created(URI.create("/api/devices/" + device.id)).entity(new DeviceCreated(device.id)).build();
    }

    /** A device's readings: one object or an array of them, stored all or none. */
    @POST
    @Path("/devices/{deviceId}/measurements")
    @Transactional
    public Response record(@PathParam("deviceId") String deviceId, @NotNull List<MeasurementInput> body) {
        devices.visible(deviceId);
        Device device = Device.findById(deviceId);
        profiles.active(device.profileId);
        if (body.isEmpty()) {
            throw ProblemException.badRequest("send at least one measurement");
        }
        if (body.stream().anyMatch(m -> m != null && "video".equals(m.category()))) {
            DeviceRef ref = DeviceRef.of(device);
            policies.forEach(policy -> policy.check(ref, "video"));
        }
        return Response.status(Response.Status.CREATED)
                .entity(Recorded.of(measurements.recordFromDevice(device, body))).build();
    }
}
