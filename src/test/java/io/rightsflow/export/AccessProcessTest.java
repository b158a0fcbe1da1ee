package io.rightsflow.export;

import static io.restassured.RestAssured.given;
import static io.rightsflow.support.Processes.awaitEnded;
import static io.rightsflow.support.Processes.awaitWaitingAt;
import static io.rightsflow.support.Processes.passedActivities;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.account.AccountData;
import io.rightsflow.account.ProfileData;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.StoredArchives;
import io.rightsflow.support.Subject;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** ACCESS requests (Art. 15): access.bpmn, the copy built from every data owner, and the document about the data. */
@QuarkusTest
@Tag("database")
class AccessProcessTest {

    static final String READY = "Your copy of your data is ready";
    /** The erasure tests' stand-in for a crashed purge (erasure/InterruptedPurge): it keeps no rows. */
    static final List<String> TEST_DOUBLES = List.of("interruptions");

    @Inject
    Instance<ProfileData> profileOwners;

    @Inject
    Instance<AccountData> accountOwners;

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    ManagementService management;

    @Inject
    MockMailbox mailbox;

    @Inject
    AgroalDataSource db;

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void aWholeAccountCopyHoldsTheRowsOfEveryOwnerOfDataAndTheDocumentAboutThem() throws Exception {
        Subject holder = Subject.create("Ann");
        String child = holder.addProfile("Robin");
        FullProfile seeded = FullProfile.of(holder, child, mailbox, management);

        String requestId = holder.fileRequest(Map.of("type", "ACCESS", "accountId", holder.accountId()));
        Archive archive = Archive.of(downloadFromMail(holder));

        JsonNode contents = new ObjectMapper().readTree(archive.files().get("contents.json"));
        List<Executable> checks = new ArrayList<>();
        for (String kind : new TreeSet<>(profileOwners.stream().map(ProfileData::kind).toList())) {
            if (!TEST_DOUBLES.contains(kind)) {
                checks.add(() -> assertTrue(rows(contents, kind, child) > 0,
                        "the ProfileData owner \"" + kind + "\" wrote no row of a profile that has its data"));
            }
        }
        for (String kind : new TreeSet<>(accountOwners.stream().map(AccountData::kind).toList())) {
            checks.add(() -> assertTrue(rows(contents, kind, "account") > 0,
                    "the AccountData owner \"" + kind + "\" wrote no row of an account that has its data"));
        }
        checks.add(() -> assertTrue(rows(contents, "audit events", child) > 0, "the audit events about the profile"));
        assertAll(checks.stream());

        String folder = "profiles/" + child + "/";
        assertAll(
                () -> assertThat(archive.text("account/account.jsonl"), containsString("\"email\":\"" + holder.email() + "\"")),
                () -> assertThat(archive.text("account/account.jsonl"), containsString("\"weightUnit\":\"kg\"")),
                () -> assertThat(archive.text(folder + "profile.jsonl"), containsString("\"name\":\"Robin\"")),
                () -> assertTrue(archive.files().containsKey("profiles/" + holder.mainProfileId() + "/profile.jsonl"),
                        "an account-wide copy holds every profile the holder holds"),
                () -> assertEquals(2, archive.text(folder + "measurements.jsonl").lines().count(), "both weigh-ins"),
                () -> assertThat(archive.text(folder + "measurements.jsonl"), containsString("\"source\":\"DEVICE\"")),
                () -> assertThat(archive.text(folder + "partner-links.jsonl"), containsString("\"partner\":\"google-fit\"")),
                () -> assertThat(archive.text(folder + "partner-deliveries.jsonl"), containsString("\"partner\":\"google-fit\"")),
                () -> assertThat(archive.text(folder + "partner-deliveries.jsonl"), containsString("\"outcome\":\"DELIVERED\"")),
                () -> assertThat(archive.text(folder + "dashboard-shares.jsonl"), containsString(seeded.viewerEmail())),
                () -> assertThat(archive.text(folder + "item-shares.jsonl"), containsString("Dr. Lee")),
                () -> assertThat(archive.text(folder + "challenge-memberships.jsonl"),
                        containsString("\"seenByOtherMembers\":{\"name\":\"Robin\"")),
                () -> assertThat(archive.text(folder + "objections.jsonl"), containsString("CHALLENGES")),
                () -> assertThat(archive.text(folder + "rectifications.jsonl"), containsString("Robin wore boots")),
                () -> assertThat(archive.text(folder + "measurements.jsonl"), containsString("\"contestedBy\":\"")),
                () -> assertThat(archive.text(folder + "restriction-requests.jsonl"), containsString("\"ground\":\"ACCURACY_CONTESTED\"")),
                () -> assertThat(archive.text(folder + "restrictions.jsonl"), containsString("\"status\":\"ON_REQUEST\"")),
                () -> assertThat(archive.text(folder + "requests.jsonl"), containsString("\"type\":\"OBJECTION\"")),
                () -> assertThat(archive.text(folder + "audit-events.jsonl"), containsString("REQUEST_RECEIVED")),
                () -> assertThat(archive.text("account/account-requests.jsonl"), containsString(requestId)),
                () -> assertThat(archive.text("account/preferences.jsonl"), containsString("\"enabled\":false")),
                () -> assertFalse(archive.text(folder + "partner-links.jsonl").contains("token"), "never a token"));

        JsonNode about = new ObjectMapper().readTree(archive.files().get("about-your-data.json"));
        assertAll(
                () -> assertEquals("Test Data Protection Authority", about.path("complaints").path("name").asText()),
                () -> assertEquals("https://dpa.example.test", about.path("complaints").path("url").asText()),
                () -> assertEquals("Google Fit", about.path("recipients").path(0).path("name").asText(),
                        "the partner actually linked"),
                () -> assertEquals("United States", about.path("recipients").path(0).path("country").asText()),
                () -> assertEquals(1, about.path("recipients").size(), "only partners linked to the profiles, not one asked for by an agent and never approved"),
                () -> assertTrue(about.path("purposes").size() >= 5),
                () -> assertTrue(listOf(about.path("purposes")).stream().allMatch(p -> p.path("legalBasis").asText().contains("Art. 6(1)")), "every purpose its basis"),
                () -> assertThat(about.path("automatedDecisions").asText(), containsString("Art. 22")));
        String html = archive.text("about-your-data.html");
        // kept for a look in a browser, as the page snapshots are
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots/access"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/screenshots/access/about-your-data.html"), html);
        assertAll(
                () -> assertThat(html, containsString("Test Data Protection Authority")),
                () -> assertThat(html, containsString("1 Test Square, 1000 Test City")),
                () -> assertThat(html, containsString("<td>Google Fit</td><td>United States</td>")),
                () -> assertThat(html, containsString("legitimate interests (Art. 6(1)(f))")),
                () -> assertThat(html, containsString("contract (Art. 6(1)(b))")),
                () -> assertThat(html, containsString("restriction of processing (Art. 18)")));
    }

    @Test
    void aCopyRunsItsPathMailsOneLinkAndIsDeletedWhenItsRetentionEnds() throws Exception {
        Subject subject = Subject.create("Sam");
        Measurements.of(subject, subject.mainProfileId()).weight("2026-02-01T07:00:00Z", 70, "kg", null);
        String requestId = subject.fileRequest(Map.of("type", "ACCESS", "profileId", subject.mainProfileId()));
        String process = Processes.ofRequest(requestId);
        awaitWaitingAt(runtime, process, "Event_RetentionEnded");
        Processes.awaitNoJobs(management, process);

        List<Mail> mails = Mailbox.matching(mailbox, subject.email(), READY);
        assertEquals(1, mails.size(), "one mail with the link");
        String link = Mailbox.linkPath(mails.get(0).getText());
        given().get(link).then().statusCode(200).contentType("application/zip");
        subject.api().get("/api/requests/{id}", requestId).then().statusCode(200).body("type", equalTo("ACCESS"))
                .body("status", equalTo("COMPLETED"));
        subject.api().get("/api/requests/{id}/archive", requestId).then().statusCode(200);
        assertTrue(StoredArchives.chunks(db, requestId) > 0);

        EngineTime.moveBy(Duration.ofDays(7).plusMinutes(1));
        awaitEnded(history, process);

        assertThat(passedActivities(history, process), containsInAnyOrder("StartEvent_AccessRequested",
                "Task_FindSystems", "CallActivity_AskSystemsForCopy#multiInstanceBody", "Task_BuildAccessArchive", "Gateway_MailBesideRetention", "Task_SendAccessReadyMail",
                "EndEvent_LinkMailed", "Event_RetentionEnded", "Task_DeleteArchive", "Task_SendArchiveDeletedMail",
                "EndEvent_ArchiveDeleted"));
        assertEquals(0, StoredArchives.chunks(db, requestId), "no byte of the copy is left");
        given().get(link).then().statusCode(410);
        assertEquals(1, Mailbox.matching(mailbox, subject.email(), READY).size());
    }

    @Test
    void aProfilesCopyHoldsThatProfileOnlyNotTheOthersOfTheAccount() throws Exception {
        Subject holder = Subject.create("Ann");
        String child = holder.addProfile("Robin");
        Measurements.of(holder, holder.mainProfileId()).weight("2026-02-01T07:00:00Z", 70, "kg", null);
        holder.fileRequest(Map.of("type", "ACCESS", "profileId", child));
        Archive archive = Archive.of(downloadFromMail(holder));

        assertTrue(archive.files().containsKey("profiles/" + child + "/profile.jsonl"));
        assertTrue(archive.files().keySet().stream().noneMatch(p -> p.contains(holder.mainProfileId())),
                "nothing of another profile (Art. 15(4))");
        assertTrue(archive.files().keySet().stream().noneMatch(p -> p.startsWith("account/")));
        assertThat(archive.text("about-your-data.html"), containsString("No partner app was linked"));
    }

    @Test
    void aCopyReadsEveryRowOfAProfileOfManyPagesOnceAndInOrder() throws Exception {
        Subject subject = Subject.create();
        int readings = io.rightsflow.account.AccessWriter.BATCH + io.rightsflow.account.AccessWriter.BATCH / 2;
        StringBuilder csv = new StringBuilder("Date,Weight\n");
        for (int i = 0; i < readings; i++) {
            csv.append(java.time.LocalDateTime.of(2025, 1, 1, 0, 0).plusMinutes(i).toString().replace('T', ' '))
                    .append(":00,").append(60 + i % 10).append('\n');
        }
        subject.api().contentType("text/csv").body(csv.toString()).queryParam("kind", "weight")
                .post("/api/profiles/{id}/imports", subject.mainProfileId()).then().statusCode(201);
        subject.fileRequest(Map.of("type", "ACCESS", "profileId", subject.mainProfileId()));
        Archive archive = Archive.of(downloadFromMail(subject));

        List<Long> ids = archive.text("profiles/" + subject.mainProfileId() + "/measurements.jsonl").lines()
                .map(line -> Long.valueOf(line.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"))).toList();
        assertEquals(readings, ids.size(), "every reading once, across pages");
        assertEquals(ids.stream().sorted().distinct().toList(), ids, "in the order of their ids, none twice");
    }

    @Test
    void aCopyOfAnUnknownOrAnothersProfileIsRefusedAsAProblemAndNothingIsFiled() {
        Subject owner = Subject.create();
        Subject stranger = Subject.create();

        stranger.api().body(Map.of("type", "ACCESS", "profileId", owner.mainProfileId())).post("/api/requests").then()
                .statusCode(404).contentType("application/problem+json");
        stranger.api().body(Map.of("type", "ACCESS", "profileId", "no-such-profile")).post("/api/requests").then()
                .statusCode(404).contentType("application/problem+json");
        stranger.api().body(Map.of("type", "ACCESS", "accountId", owner.accountId())).post("/api/requests").then()
                .statusCode(404).contentType("application/problem+json");
        stranger.api().body(Map.of("type", "ACCESS")).post("/api/requests").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("profileId"));

        stranger.api().get("/api/requests").then().statusCode(200).body("size()", equalTo(0));
        owner.api().get("/api/requests").then().statusCode(200).body("size()", equalTo(0));
    }

    private static List<JsonNode> listOf(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    /** The rows an owner wrote for a profile (its id) or the account ("account"), as contents.json lists them. */
    private static long rows(JsonNode contents, String owner, String of) {
        long rows = 0;
        for (JsonNode section : contents.path("sections")) {
            if (owner.equals(section.path("owner").asText()) && of.equals(section.path("of").asText())) {
                for (JsonNode count : section.path("files")) {
                    rows += count.asLong();
                }
            }
        }
        return rows;
    }

    private byte[] downloadFromMail(Subject subject) throws IOException {
        String link = Mailbox.linkPath(Mailbox.await(mailbox, subject.email(), READY).getText());
        return given().get(link).then().statusCode(200).contentType("application/zip").extract().asByteArray();
    }
}
