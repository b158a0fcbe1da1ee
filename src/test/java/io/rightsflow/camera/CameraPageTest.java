package io.rightsflow.camera;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Subject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@Tag("browser")
class CameraPageTest {

    @RegisterExtension
    static Browser browser = new Browser();

    private static Map<String, Object> privacy(Subject subject, String cameraId) {
        return subject.api().get("/api/devices/{id}/privacy", cameraId).then().statusCode(200)
                .extract().jsonPath().getMap("");
    }

    @Test
    void cameraOffSwitchesTheLiveStreamAndTheRecordingOffAndTheApiAgrees() {
        Subject subject = Subject.create("Robin");
        String camera = subject.addDevice(subject.mainProfileId(), "home");
        browser.signIn(subject.email(), subject.password()).open("/settings");
        browser.follow("Home camera");
        assertThat(browser.text(), containsString("Home camera of Robin"));
        assertThat(browser.labelled("Recording").isSelected(), is(true));
        browser.snapshot("camera");

        browser.press("Camera off");

        assertThat(browser.text(), containsString("Saved: the live stream is off and the recording is off."));
        assertThat(browser.text(), containsString("Camera off: no live stream, and nothing is recorded."));
        browser.open("/settings/camera");
        assertThat(browser.labelled("Live stream").isSelected(), is(false));
        assertThat(browser.labelled("Recording").isSelected(), is(false));
        assertThat(privacy(subject, camera), equalTo(Map.of("liveStream", false, "recording", false)));
    }

    @Test
    void oneSwitchClearedAndSavedIsTheOnlyOneOff() {
        Subject subject = Subject.create();
        String camera = subject.addDevice(subject.mainProfileId(), "home");
        browser.signIn(subject.email(), subject.password()).open("/settings/camera");

        browser.labelled("Recording").click();
        browser.press("Save");

        assertThat(browser.text(), containsString("Live stream on, recording off."));
        assertThat(privacy(subject, camera), equalTo(Map.of("liveStream", true, "recording", false)));

        browser.labelled("Recording").click();
        browser.press("Save");

        assertThat(privacy(subject, camera), equalTo(Map.of("liveStream", true, "recording", true)));
    }

    @Test
    void anAccountWithoutAHomeCameraIsToldSo() {
        Subject subject = Subject.create();
        browser.signIn(subject.email(), subject.password()).open("/settings/camera");

        assertThat(browser.text(), containsString("You have no home camera."));
        assertThat(browser.text(), not(containsString("Camera off")));
    }
}
