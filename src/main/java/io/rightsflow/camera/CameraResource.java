package io.rightsflow.camera;

import java.time.Clock;
import java.time.Instant;

import io.rightsflow.measurement.Devices;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.measurement.DeviceRef;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** The home camera's privacy switches: live stream and recording, each on or off at any time. */
@Path("/api/devices/{deviceId}/privacy")
@RolesAllowed({ Roles.SUBJECT, Roles.AGENT })
public class CameraResource {

    @Inject
    Devices devices;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public record Privacy(Boolean liveStream, Boolean recording) {
    }

    @GET
    @Transactional
    public Privacy get(@PathParam("deviceId") String deviceId) {
        CameraPrivacy privacy = CameraPrivacy.findById(camera(deviceId).id());
        return privacy == null ? new Privacy(true, true) : new Privacy(privacy.liveStream, privacy.recording);
    }

    @PUT
    @Transactional
    public Privacy set(@PathParam("deviceId") String deviceId, Privacy body) {
        if (body == null || body.liveStream() == null || body.recording() == null) {
            throw ProblemException.badRequest("give both switches, e.g. {\"liveStream\": false, \"recording\": false}");
        }
        DeviceRef camera = camera(deviceId);
        CameraPrivacy privacy = CameraPrivacy.findById(camera.id());
        boolean created = privacy == null;
        if (created) {
            privacy = new CameraPrivacy();
            privacy.deviceId = camera.id();
        }
        privacy.liveStream = body.liveStream();
        privacy.recording = body.recording();
        privacy.updatedAt = Instant.now(clock);
        if (created) {
            privacy.persist();
        }
        audit.record("CAMERA_PRIVACY_SET", caller.actor(), null, camera.profileId(),
                "device=" + camera.id() + " liveStream=" + privacy.liveStream + " recording=" + privacy.recording);
        return new Privacy(privacy.liveStream, privacy.recording);
    }

    private DeviceRef camera(String deviceId) {
        DeviceRef device = devices.visible(deviceId);
        if (!"home".equals(device.productId())) {
            throw ProblemException.unprocessable("only a home camera (home) has privacy switches");
        }
        return device;
    }
}
