package io.rightsflow.measurement;

import io.rightsflow.account.ProfileData;
import jakarta.enterprise.context.ApplicationScoped;

/** The list of a profile's camera screenshots; it goes before the devices it references. */
@ApplicationScoped
class ScreenshotData implements ProfileData {

    @Override
    public String kind() {
        return "camera screenshots";
    }

    @Override
    public int order() {
        return 12;
    }

    /** The screenshots list is the profile's own and kept by profile: it moves with it. */
    @Override
    public void moved(String profileId, String fromAccountId, String toAccountId) {
    }

    @Override
    public int purge(String profileId, int limit) {
        return ProfileData.deleteBatch(CameraScreenshot.getEntityManager(), "camera_screenshot", profileId, limit);
    }
}
