package io.rightsflow.camera;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rightsflow.approval.Approvals;
import io.rightsflow.account.Profiles;
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
import jakarta.ws.rs.core.Response;

/** The home camera's privacy switches: live stream and recording, each on or off at any time. */
@Path("/api/devices/{deviceId}/privacy")
@RolesAllowed({ Roles.SUBJECT, Roles.AGENT })
public class CameraResource {

    @Inject
    Profiles profiles;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    /** {@code ticket} and {@code reason}: an agent's, when switching something on for the subject. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Privacy(Boolean liveStream, Boolean recording, String ticket, String reason) {
        Privacy(boolean liveStream, boolean recording) {
            this(liveStream, recording, null, null);
        }
    }

    @Inject
    Approvals approvals;

    @Inject
    CameraSwitches switches;

    @GET
    @Transactional
    public Privacy get(@PathParam("deviceId") String deviceId) {
        CameraSwitches.State state = switches.state(camera(deviceId));
        return new Privacy(state.liveStream(), state.recording());
    }

    @PUT
    @Transactional
    public Response set(@PathParam("deviceId") String deviceId, Privacy body) {
        if (body == null || body.liveStream() == null || body.recording() == null) {
            throw ProblemException.badRequest("give both switches, e.g. {\"liveStream\": false, \"recording\": false}");
        }
        DeviceRef camera = camera(deviceId);
        Privacy now = get(deviceId);
        boolean switchesOn = body.liveStream() && !now.liveStream() || body.recording() && !now.recording();
        if (switchesOn && !caller.isSubject()) {
            // Video leaves the home only with the subject's consent: an agent's switch-on waits for it.
            Approvals.Asked asked = approvals.ask(CameraSwitches.KIND, profiles.find(camera.profileId()), camera.id(),
                    CameraSwitches.arguments(body.liveStream(), body.recording()), body.ticket(), body.reason());
            return Approvals.accepted(asked.act());
        }
        CameraPrivacy privacy = switches.apply(camera, body.liveStream(), body.recording(), caller.actor());
        return Response.ok(new Privacy(privacy.liveStream, privacy.recording)).build();
    }

    DeviceRef camera(String deviceId) {
        return switches.camera(deviceId);
    }
}
