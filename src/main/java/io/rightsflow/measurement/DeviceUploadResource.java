package io.rightsflow.measurement;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;

import io.rightsflow.account.Profiles;
import io.rightsflow.catalog.Product;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** What devices send besides single measurements: the sleep sensors' nights, the home camera's screenshots. */
@Path("/api/devices/{deviceId}")
@RolesAllowed(Roles.SUBJECT)
public class DeviceUploadResource {

    @Inject
    Profiles profiles;

    @Inject
    Clock clock;

    public record NewNight(Instant start, Instant end, int lightSeconds, int deepSeconds, int remSeconds,
            int awakeSeconds, int wakeUps) {
    }

    public record NewScreenshot(Instant takenAt, String fileName, long sizeBytes) {
    }

    public record Stored(String id) {
    }

    @POST
    @Path("/nights")
    @Transactional
    public Response addNight(@PathParam("deviceId") String deviceId, @NotNull NewNight body) {
        Device device = device(deviceId, "SLEEP".equals(family(deviceId)), "a sleep sensor (sleep, aura)");
        if (body.start() == null || body.end() == null || !body.end().isAfter(body.start())) {
            throw ProblemException.badRequest("start and end are required, and end must come after start");
        }
        if (body.lightSeconds() < 0 || body.deepSeconds() < 0 || body.remSeconds() < 0 || body.awakeSeconds() < 0
                || body.wakeUps() < 0) {
            throw ProblemException.badRequest("times per stage and wake-ups cannot be negative");
        }
        SleepNight night = new SleepNight();
        night.profileId = device.profileId;
        night.deviceId = device.id;
        night.startedAt = body.start();
        night.endedAt = body.end();
        night.lightSeconds = body.lightSeconds();
        night.deepSeconds = body.deepSeconds();
        night.remSeconds = body.remSeconds();
        night.awakeSeconds = body.awakeSeconds();
        night.wakeUps = body.wakeUps();
        night.createdAt = Instant.now(clock);
        night.persist();
        return Response.created(URI.create("/api/devices/" + deviceId + "/nights/" + night.id))
                .entity(new Stored(String.valueOf(night.id))).build();
    }

    @POST
    @Path("/screenshots")
    @Transactional
    public Response addScreenshot(@PathParam("deviceId") String deviceId, @NotNull NewScreenshot body) {
        Device device = device(deviceId, "home".equals(productOf(deviceId)), "a home camera (home)");
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
                .entity(new Stored(String.valueOf(screenshot.id))).build();
    }

    private Device device(String deviceId, boolean suitable, String needed) {
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

    private static String productOf(String deviceId) {
        Device device = Device.findById(deviceId);
        return device == null ? null : device.productId;
    }

    private static String family(String deviceId) {
        String product = productOf(deviceId);
        return product == null ? null : Product.<Product>findById(product).family;
    }
}
