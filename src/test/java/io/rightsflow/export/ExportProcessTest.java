package io.rightsflow.export;

import static io.restassured.RestAssured.given;
import static io.rightsflow.support.Processes.awaitEnded;
import static io.rightsflow.support.Processes.awaitWaitingAt;
import static io.rightsflow.support.Processes.passedActivities;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.StoredArchives;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("database")
class ExportProcessTest {

    static final Map<String, String> IMPERIAL = Map.of("weight", "lb", "distance", "mi", "height", "ft-in");

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    MockMailbox mailbox;

    @Inject
    AgroalDataSource db;

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void anExportMailsALinkToAZipOfCsvFilesInTheAccountsUnitsWithAManifest() throws Exception {
        Subject subject = Subject.create("Alex", IMPERIAL);
        String profile = subject.mainProfileId();
        Measurements.of(subject, profile).everyKind();

        String requestId = subject.fileRequest(Map.of("type", "EXPORT", "profileId", profile));
        Archive archive = Archive.of(downloadFromMail(subject));

        assertEquals(List.of("activity.csv", "weight.csv", "blood_pressure.csv", "sleep.csv", "body_temperature.csv",
                "height.csv", "spo2.csv", "calories.csv", "environment.csv", "heart_rate.csv", "camera_screenshots.csv",
                "other_measurements.csv", "manifest.json"), List.copyOf(archive.files().keySet()));
        assertEquals(List.of("Date,Weight (lb),Fat mass (lb),Bone mass (lb),Muscle mass (lb),Hydration (lb),Comments",
                "2026-01-10 07:00:00,160,,,,,'=1+2",
                "2026-01-11 07:00:00,158.7328,33.0693,,,,"), archive.lines("weight.csv"));
        assertEquals(List.of("Date,Systole (mmHg),Diastole (mmHg),Heart rate (bpm),Comments",
                "2026-01-12 08:00:00,120,80,70,\"after a run, tired\""), archive.lines("blood_pressure.csv"));
        assertEquals(List.of("Date,Body temperature (°C),Comments", "2026-01-13 06:00:00,37,"),
                archive.lines("body_temperature.csv"), "°F input is written in °C");
        assertEquals(List.of("Date,Room temperature (°C),Luminosity (lux),Sound level (dB),CO2 (ppm),VOC (ppm)",
                "2026-01-14 03:00:00,-5,,,,"), archive.lines("environment.csv"), "a negative number stays a number");
        assertEquals(List.of("Date,Height (in),Comments", "2026-01-09 09:00:00,70,"), archive.lines("height.csv"));
        assertEquals(List.of("Date,Heart rate (bpm)", "2026-01-15 00:01:00,61", "2026-01-15 00:02:00,63"),
                archive.lines("heart_rate.csv"), "the tracker's heart rate, not the monitor's");
        assertEquals(List.of("Date,Steps,Distance (mi),Elevation (m),Active calories (kcal)", "2026-01-15,9000,4.971,,"),
                archive.lines("activity.csv"), "daily totals, distance in the account's miles");
        assertEquals(List.of("Start,End,Light sleep (s),Deep sleep (s),REM sleep (s),Awake (s),Wake-ups",
                "2026-01-15 22:30:00,2026-01-16 06:30:00,14400,7200,5400,1800,2"), archive.lines("sleep.csv"));
        assertEquals("Date,Device,File,Size (bytes)", archive.lines("camera_screenshots.csv").get(0));
        assertEquals(2, archive.lines("camera_screenshots.csv").size());

        JsonNode manifest = new ObjectMapper().readTree(archive.text("manifest.json"));
        assertEquals("lb", manifest.at("/units/weight").asText());
        assertEquals("°C", manifest.at("/units/temperature").asText());
        assertEquals(profile, manifest.at("/profiles/0/profileId").asText());
        for (JsonNode file : manifest.at("/profiles/0/files")) {
            String path = file.get("path").asText();
            assertEquals(archive.sha256(path), file.get("sha256").asText(), "checksum of " + path);
            assertEquals(archive.lines(path).size() - 1, file.get("rows").asLong(), "rows of " + path);
        }

        subject.api().get("/api/requests/{id}", requestId).then()
                .body("status", equalTo("COMPLETED"))
                .body("steps.name", org.hamcrest.Matchers.hasItems("Build archive", "Send export ready mail"));
        awaitWaitingAt(runtime, Processes.ofRequest(requestId), "Event_RetentionEnded");
    }

    @Test
    void afterTheRetentionTheArchiveIsDeletedAndItsLinkAnswers410() throws Exception {
        Subject subject = Subject.create();
        Measurements.of(subject, subject.mainProfileId()).weight("2026-02-01T07:00:00Z", 70, "kg", null);
        String requestId = subject.fileRequest(Map.of("type", "EXPORT", "profileId", subject.mainProfileId()));
        String link = Mailbox.linkPath(Mailbox.await(mailbox, subject.email(), "ready to download").getText());
        String process = Processes.ofRequest(requestId);
        awaitWaitingAt(runtime, process, "Event_RetentionEnded");
        assertTrue(StoredArchives.chunks(db, requestId) > 0);

        EngineTime.moveBy(Duration.ofDays(7).plusMinutes(1));
        awaitEnded(history, process);

        // the mail and the retention run side by side: their steps interleave
        assertThat(passedActivities(history, process), containsInAnyOrder("StartEvent_ExportRequested",
                "Task_BuildArchive", "Gateway_MailBesideRetention", "Task_SendExportReadyMail", "EndEvent_LinkMailed",
                "Event_RetentionEnded", "Task_DeleteArchive", "Task_SendExportExpiredMail", "EndEvent_ArchiveDeleted"));
        assertEquals(0, StoredArchives.chunks(db, requestId), "no byte of the archive is left");
        given().get(link).then().statusCode(410).body(containsString("expired"));
        subject.api().get("/api/requests/{id}/archive", requestId).then().statusCode(410);
        Mailbox.await(mailbox, subject.email(), "export has been deleted");
    }

    @Test
    void onlyTheOwnerCanDownloadTheArchiveFromTheApi() {
        Subject owner = Subject.create();
        Subject stranger = Subject.create();
        Measurements.of(owner, owner.mainProfileId()).weight("2026-02-01T07:00:00Z", 70, "kg", null);
        String requestId = owner.fileRequest(Map.of("type", "EXPORT", "profileId", owner.mainProfileId()));
        Mailbox.await(mailbox, owner.email(), "ready to download");

        stranger.api().get("/api/requests/{id}/archive", requestId).then().statusCode(404);
        owner.api().get("/api/requests/{id}/archive", requestId).then().statusCode(200)
                .contentType("application/zip");
        stranger.api().body(Map.of("type", "EXPORT", "profileId", owner.mainProfileId())).post("/api/requests")
                .then().statusCode(404);
    }

    @Test
    void anAccountExportHoldsAFolderPerProfile() throws Exception {
        Subject subject = Subject.create("Alex");
        String child = subject.addProfile("Charlie");
        Measurements.of(subject, child).weight("2026-02-01T07:00:00Z", 30, "kg", null);
        subject.fileRequest(Map.of("type", "EXPORT", "accountId", subject.accountId()));
        Archive archive = Archive.of(downloadFromMail(subject));

        assertEquals(List.of("Date,Weight (kg),Fat mass (kg),Bone mass (kg),Muscle mass (kg),Hydration (kg),Comments",
                "2026-02-01 07:00:00,30,,,,,"), archive.lines(child + "/weight.csv"));
        assertEquals(1, archive.lines(subject.mainProfileId() + "/weight.csv").size(), "header only");
        JsonNode manifest = new ObjectMapper().readTree(archive.text("manifest.json"));
        assertEquals(2, manifest.at("/profiles").size());
        assertEquals(1, manifest.at("/rowsTotal").asLong());
    }

    @Test
    void exportedWeightBloodPressureAndHeightFilesImportAgainIntoAnEmptyProfileUnchanged() throws Exception {
        Subject original = Subject.create("Alex");
        Measurements.of(original, original.mainProfileId()).everyKind();
        original.fileRequest(Map.of("type", "EXPORT", "profileId", original.mainProfileId()));
        Archive first = Archive.of(downloadFromMail(original));

        Subject copy = Subject.create("Alex again");
        for (String kind : List.of("weight", "blood-pressure", "height")) {
            copy.api().contentType("text/csv").body(first.files().get(kind.replace('-', '_') + ".csv"))
                    .post("/api/profiles/{id}/imports?kind=" + kind, copy.mainProfileId()).then().statusCode(201);
        }
        copy.fileRequest(Map.of("type", "EXPORT", "profileId", copy.mainProfileId()));
        Archive second = Archive.of(downloadFromMail(copy));

        for (String file : List.of("weight.csv", "blood_pressure.csv", "height.csv")) {
            assertEquals(first.lines(file), second.lines(file), file);
            assertTrue(first.lines(file).size() > 1, file + " has rows");
        }
    }

    @Test
    void theSaveYourDataLinkOfAnErasureMailFilesAnExportOfThatProfile() throws Exception {
        Subject subject = Subject.create();
        String child = subject.addProfile("Charlie");
        Measurements.of(subject, child).weight("2026-02-01T07:00:00Z", 30, "kg", null);
        subject.eraseProfile(child);
        String saveLink = Mailbox.linkPathAfter(Mailbox.await(mailbox, subject.email(), "scheduled for deletion").getText(),
                "Save your data first");

        given().get(saveLink).then().statusCode(200).body(containsString("Send me my data"));
        assertEquals(0, subject.api().get("/api/requests?type=EXPORT").then().extract().jsonPath().getList("").size(),
                "opening the link files nothing");
        given().post(saveLink).then().statusCode(200).body(containsString("on its way"));

        Archive archive = Archive.of(downloadFromMail(subject));
        assertEquals(2, archive.lines("weight.csv").size(), "the profile pending deletion was exported");
        subject.api().get("/api/requests?type=EXPORT").then()
                .body("[0].profileId", equalTo(child)).body("[0].channel", equalTo("SELF_SERVICE"));
    }

    private byte[] downloadFromMail(Subject subject) {
        String link = Mailbox.linkPath(Mailbox.await(mailbox, subject.email(), "ready to download").getText());
        return given().get(link).then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", containsString("rightsflow-export-"))
                .extract().asByteArray();
    }
}
