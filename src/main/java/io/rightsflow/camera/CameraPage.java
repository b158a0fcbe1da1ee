package io.rightsflow.camera;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.account.Accounts;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.measurement.DeviceRef;
import io.rightsflow.measurement.Devices;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.web.Pages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The home camera's privacy switches, per camera of the account's profiles: live stream and
 * recording, and "Camera off" for both at once. Saved through the same {@link CameraSwitches} as
 * the API; while recording is off no video or screenshot of the camera is accepted or stored.
 */
@Path("/settings/camera")
@RolesAllowed(Roles.SUBJECT)
@Produces(MediaType.TEXT_HTML)
public class CameraPage {

    /** One camera as the page shows it. */
    public record Camera(String deviceId, String profileName, boolean liveStream, boolean recording) {
        public boolean off() {
            return !liveStream && !recording;
        }
    }

    @CheckedTemplate(basePath = "camera", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance camera(List<Camera> cameras, String saved);
    }

    @Inject
    CameraSwitches switches;

    @Inject
    Devices devices;

    @Inject
    Profiles profiles;

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    @GET
    @Transactional
    public Response show(@QueryParam("saved") String saved) {
        List<Camera> cameras = new ArrayList<>();
        for (ProfileRef profile : profiles.ofAccount(accounts.visible(caller.accountId()).id())) {
            for (String id : devices.idsOf(profile.id())) {
                DeviceRef device = devices.find(id);
                if (device != null && CameraSwitches.HOME.equals(device.productId())) {
                    CameraSwitches.State state = switches.state(device);
                    cameras.add(new Camera(device.id(), profile.name(), state.liveStream(), state.recording()));
                }
            }
        }
        return Pages.html(Templates.camera(cameras, saved));
    }

    /** The switches of one camera as ticked; a box left clear is switched off. */
    @POST
    @Transactional
    public Response save(@RestForm String deviceId, @RestForm String liveStream, @RestForm String recording) {
        return set(deviceId, liveStream != null, recording != null);
    }

    /** Camera off: both switches off at once. */
    @POST
    @Path("off")
    @Transactional
    public Response off(@RestForm String deviceId) {
        return set(deviceId, false, false);
    }

    private Response set(String deviceId, boolean liveStream, boolean recording) {
        // the subject's own camera (404 otherwise); a subject's switch-on needs no approval
        switches.apply(switches.camera(deviceId), liveStream, recording, caller.actor());
        return Pages.seeOther("/settings/camera?saved=" + deviceId);
    }
}
