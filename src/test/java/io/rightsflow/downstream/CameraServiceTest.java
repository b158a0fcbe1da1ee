package io.rightsflow.downstream;

import static io.rightsflow.support.Processes.awaitEnded;
import static io.rightsflow.support.Processes.awaitWaitingAt;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The camera service is the first downstream system: an erasure of a profile with a home camera reaches it. */
@QuarkusTest
@Tag("database")
@TestProfile(DownstreamSystemsProfile.class)
class CameraServiceTest {

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @AfterEach
    void reset() {
        EngineTime.reset();
    }

    @Test
    void erasingAProfileWithAHomeCameraAsksTheCameraServiceToDeleteItsVideoAndCompletesOnItsCallback() {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        subject.addDevice(profile, "home");
        String requestId = subject.eraseProfile(profile);
        String process = Processes.ofRequest(requestId);
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");

        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        awaitEnded(history, process);

        List<SystemCall> calls = QuarkusTransaction.requiringNew().call(() -> SystemCall.of(requestId));
        assertEquals(1, calls.size(), "one call, to the camera service");
        SystemCall camera = calls.get(0);
        assertEquals("camera", camera.systemId);
        assertEquals(SystemCall.Status.COMPLETED, camera.status, "completed by the stand-in's signed callback");
        assertNull(camera.profileId, "the erased profile's id goes once the system has answered");
        subject.api().get("/api/requests/" + requestId).then().statusCode(200)
                .body(containsString("\"status\":\"COMPLETED\""));
        given().get("/stand-in/camera-service").then().statusCode(200).body(containsString(requestId));
    }

    @Test
    void aProfileWithoutAHomeCameraIsNotSentToTheCameraService() {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        subject.addDevice(profile, "sleep");
        String requestId = subject.eraseProfile(profile);
        String process = Processes.ofRequest(requestId);
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");

        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        awaitEnded(history, process);

        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> SystemCall.of(requestId)).size());
    }
}
