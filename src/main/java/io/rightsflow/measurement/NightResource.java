package io.rightsflow.measurement;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;

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

/** The nights a sleep sensor (Sleep, Aura) sums up. */
@Path("/api/devices/{deviceId}/nights")
@RolesAllowed(Roles.SUBJECT)
public class NightResource {

    @Inject
    DeviceUploads uploads;

    @Inject
    Clock clock;

    public record NewNight(Instant start, Instant end, int lightSeconds, int deepSeconds, int remSeconds,
            int awakeSeconds, int wakeUps) {
    }

    @POST
    @Transactional
    public Response add(@PathParam("deviceId") String deviceId, @NotNull NewNight body) {
        Device device = uploads.device(deviceId, product -> "SLEEP".equals(product.family), "a sleep sensor (sleep, aura)");
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
                .entity(new DeviceUploads.Stored(String.valueOf(night.id))).build();
    }
}
