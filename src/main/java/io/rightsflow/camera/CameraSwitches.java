package io.rightsflow.camera;

import java.time.Clock;
import java.time.Instant;

import io.rightsflow.account.Profiles;
import io.rightsflow.approval.ApprovedAct;
import io.rightsflow.approval.PendingActRef;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.link.LinkAction.LinkRefused;
import io.rightsflow.measurement.DeviceRef;
import io.rightsflow.measurement.Devices;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Sets the camera's switches; and, as an act an agent may only ask for, switches the live stream
 * or the recording on once the subject approves. Until then the camera stays as it was.
 */
@ApplicationScoped
class CameraSwitches implements ApprovedAct {

    static final String KIND = "CAMERA_SWITCH_ON";
    /** The product id of the home camera, the one device with privacy switches. */
    static final String HOME = "home";

    @Inject
    Devices devices;

    @Inject
    Profiles profiles;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The switches as they are now; both on until the owner first sets them. */
    record State(boolean liveStream, boolean recording) {
        boolean off() {
            return !liveStream && !recording;
        }
    }

    /** The caller's home camera: 404 when it is not theirs, 422 when the device is no home camera. */
    DeviceRef camera(String deviceId) {
        DeviceRef device = devices.visible(deviceId);
        if (!HOME.equals(device.productId())) {
            throw ProblemException.unprocessable("only a home camera (home) has privacy switches");
        }
        return device;
    }

    State state(DeviceRef camera) {
        CameraPrivacy privacy = CameraPrivacy.findById(camera.id());
        return privacy == null ? new State(true, true) : new State(privacy.liveStream, privacy.recording);
    }

    static String arguments(boolean liveStream, boolean recording) {
        return "liveStream=" + liveStream + ";recording=" + recording;
    }

    CameraPrivacy apply(DeviceRef camera, boolean liveStream, boolean recording, String actor) {
        CameraPrivacy privacy = CameraPrivacy.findById(camera.id());
        boolean created = privacy == null;
        if (created) {
            privacy = new CameraPrivacy();
            privacy.deviceId = camera.id();
        }
        privacy.liveStream = liveStream;
        privacy.recording = recording;
        privacy.updatedAt = Instant.now(clock);
        if (created) {
            privacy.persist();
        }
        audit.record("CAMERA_PRIVACY_SET", actor, null, camera.profileId(),
                "device=" + camera.id() + " liveStream=" + privacy.liveStream + " recording=" + privacy.recording);
        return privacy;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String describe(PendingActRef act) {
        return "set your home camera's live stream " + (act.arguments().contains("liveStream=true") ? "on" : "off")
                + " and its recording " + (act.arguments().contains("recording=true") ? "on" : "off");
    }

    @Override
    public void approved(PendingActRef act) {
        DeviceRef camera = devices.find(act.target());
        if (camera == null || !camera.profileId().equals(act.profileId())) {
            throw new LinkRefused("This camera is no longer part of the profile. Nothing was changed.");
        }
        apply(camera, act.arguments().contains("liveStream=true"), act.arguments().contains("recording=true"),
                "subject:" + act.accountId());
    }

    @Override
    public void dropped(PendingActRef act) {
        // Nothing was switched while it waited.
    }
}
