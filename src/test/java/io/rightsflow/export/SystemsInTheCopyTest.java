package io.rightsflow.export;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rightsflow.downstream.DownstreamSystemsProfile;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import io.rightsflow.support.SystemParts;
import io.rightsflow.support.Warehouse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An access copy holds what every downstream system returned, under systems/&lt;id&gt;/, and says
 * what came of asking each (systems.json, the document about the data); the systems' parts are
 * then dropped: the copy is the one place they live on.
 */
@QuarkusTest
@Tag("database")
@TestProfile(DownstreamSystemsProfile.class)
class SystemsInTheCopyTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    AgroalDataSource db;

    @Test
    void aCopyHoldsTheFileOfEverySystemThatReturnedOneListsEachWithItsOutcomeAndDropsTheParts() throws Exception {
        Subject subject = Subject.create("Sam");
        subject.addDevice(subject.mainProfileId(), "home");
        subject.addDevice(subject.mainProfileId(), "thermo");
        subject.addDevice(subject.mainProfileId(), "bpm");
        Warehouse.ready();
        Warehouse.holdRowsOf(subject.mainProfileId());
        String requestId = subject.fileRequest(Map.of("type", "ACCESS", "profileId", subject.mainProfileId()));
        Staff agent = Staff.create("agent");
        String taskId = (String) await().atMost(Processes.PATIENCE).until(() -> agent.api().get("/api/desk/tasks")
                .then().statusCode(200).extract().jsonPath().getList("", Map.class).stream()
                .filter(t -> requestId.equals(t.get("requestId")) && "UserTask_CarryOutByHand".equals(t.get("taskKey")))
                .findFirst().orElse(null), t -> t != null).get("taskId");
        agent.api().post("/api/desk/tasks/{id}/claim", taskId).then().statusCode(200);
        agent.api().body(Map.of("decision", "DONE_BY_HAND", "reason", "No ticket of this person in the support tool.",
                "reference", "SUP-90")).post("/api/desk/tasks/{id}/complete", taskId).then().statusCode(204);

        String link = Mailbox.linkPath(Mailbox.await(mailbox, subject.email(), AccessProcessTest.READY).getText());
        Archive archive = Archive.of(given().get(link).then().statusCode(200).extract().asByteArray());

        assertThat(archive.text("systems/camera/data.json"), containsString("\"videos\""));
        assertEquals("systolic,diastolic,taken_on\r\n120,80,2026-11-01\r\n125,82,2026-11-02\r\n",
                archive.text("systems/warehouse/rows.csv"), "the warehouse's rows of this profile, as its select returned them");
        JsonNode systems = new ObjectMapper().readTree(archive.files().get("systems.json"));
        assertAll(
                () -> assertEquals(3, systems.size(), "the camera service, the support tool and the warehouse; not the newsletter tool"),
                () -> assertEquals("camera", systems.path(0).path("system").asText()),
                () -> assertEquals("COMPLETED", systems.path(0).path("status").asText()),
                () -> assertEquals(0, systems.path(0).path("count").asInt()),
                () -> assertTrue(systems.path(0).hasNonNull("answeredAt")),
                () -> assertEquals("systems/camera/data.json", systems.path(0).path("file").asText()),
                () -> assertEquals("support", systems.path(1).path("system").asText()),
                () -> assertEquals("DONE_BY_HAND", systems.path(1).path("status").asText()),
                () -> assertTrue(systems.path(1).hasNonNull("answeredAt")),
                () -> assertTrue(systems.path(1).path("file").isMissingNode(), "the support tool returned no file"),
                () -> assertEquals("warehouse", systems.path(2).path("system").asText()),
                () -> assertEquals("COMPLETED", systems.path(2).path("status").asText()),
                () -> assertEquals(2, systems.path(2).path("count").asInt()),
                () -> assertEquals("systems/warehouse/rows.csv", systems.path(2).path("file").asText()));

        JsonNode about = new ObjectMapper().readTree(archive.files().get("about-your-data.json"));
        List<String> names = List.of(about.path("systems").path(0).path("name").asText(),
                about.path("systems").path(1).path("name").asText(), about.path("systems").path(2).path("name").asText(),
                about.path("systems").path(3).path("name").asText());
        assertAll(
                () -> assertEquals(List.of("Camera service", "Newsletter tool", "Support tool", "Analytics warehouse"), names,
                        "the whole registry, asked or not"),
                () -> assertEquals("video", about.path("systems").path(0).path("categories").path(0).asText()),
                () -> assertThat(about.path("systems").path(0).path("requests").toString(),
                        containsString("Copy of your data and how it is used")),
                () -> assertEquals("returned its part", about.path("systems").path(0).path("outcome").asText()),
                () -> assertTrue(about.path("systems").path(1).path("outcome").isNull(), "the newsletter tool was not asked"),
                () -> assertThat(about.path("systems").path(2).path("outcome").asText(), containsString("by hand")));
        String html = archive.text("about-your-data.html");
        assertAll(
                () -> assertThat(html, containsString("Our other systems that hold personal data")),
                () -> assertThat(html, containsString("in this archive: systems/camera/data.json")),
                () -> assertThat(html, containsString("not asked: it holds none of these profiles' kinds of data")));
        assertEquals(0, SystemParts.kept(db, requestId), "the systems' parts are dropped once the copy holds them");
    }

}
