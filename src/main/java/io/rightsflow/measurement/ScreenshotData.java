package io.rightsflow.measurement;

import io.rightsflow.account.AccessWriter;
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

    /** What is known of each screenshot; the images themselves are not kept by Rightsflow. */
    @Override
    public void exportTo(AccessWriter out, String profileId) {
        out.rowsById(CameraScreenshot.getEntityManager(), "screenshots", "select id, device_id, taken_at, "
                + "file_name, size_bytes, created_at from camera_screenshot where profile_id = ?1 and id > ?2 order by id",
                profileId,
                "id", "deviceId", "takenAt", "fileName", "sizeBytes", "storedAt");
    }
}
