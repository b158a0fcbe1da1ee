package io.rightsflow.camera;

import io.rightsflow.measurement.CapturePolicy;
import io.rightsflow.measurement.DeviceRef;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/** While a camera's recording is switched off, its video and screenshots are refused and nothing of them is stored. */
@ApplicationScoped
class RecordingSwitch implements CapturePolicy {

    @Override
    public void check(DeviceRef device, String what) {
        CameraPrivacy privacy = CameraPrivacy.findById(device.id());
        if (privacy != null && !privacy.recording) {
            throw ProblemException.conflict("recording is switched off on camera " + device.id() + ": no " + what
                    + " is accepted until its owner switches it on (PUT /api/devices/" + device.id() + "/privacy)");
        }
    }
}
