package io.rightsflow.measurement;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;

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

/** The screenshots a home camera stored, as a list (the images stay with the camera service). */
@Path("/api/devices/{deviceId}/screenshots")
@RolesAllowed(Roles.SUBJECT)
public class ScreenshotResource {

    @Inject
    DeviceUploads uploads;

    @Inject
    Instance<CapturePolicy> policies;

    @Inject
    Clock clock;

    public record NewScreenshot(Instant takenAt, String fileName, long sizeBytes) {
    }

    @POST
    @Transactional
    public Response add(@PathParam("deviceId") String deviceId, @NotNull NewScreenshot body) {
        Device device = uploads.device(deviceId, product -> "home".equals(product.id), "a home camera (home)");
        DeviceRef ref = DeviceRef.of(device);
        policies.forEach(policy -> policy.check(ref, "screenshots"));
        if (body.takenAt() == null || body.fileName() == null || body.fileName().isBlank()
                || body.fileName().length() > 200 || body.sizeBytes() <= 0) {
            throw ProblemException.badRequest("takenAt, fileName (at most 200 characters) and sizeBytes (above 0) "
                    + "are required");
        }
        CameraScreenshot screenshot = new CameraScreenshot();
        screenshot.profileId = device.profileId;
        screenshot.deviceId = device.id;
        screenshot.takenAt = body.takenAt();
        screenshot.fileName = body.fileName();
        screenshot.sizeBytes = body.sizeBytes();
        screenshot.createdAt = Instant.now(clock);
        screenshot.persist();
        return Response.created(URI.create("/api/devices/" + deviceId + "/screenshots/" + screenshot.id))
                .entity(new DeviceUploads.Stored(String.valueOf(screenshot.id))).build();
    }
}
