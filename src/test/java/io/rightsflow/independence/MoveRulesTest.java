package io.rightsflow.independence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.account.ProfileData;
import io.rightsflow.support.Desk;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every {@link ProfileData} owner must say what becomes of its rows when a profile is made
 * independent (the compiler asks for the rule); this test asks for a check of each rule through
 * the API, so that an owner added without one fails here, and runs them all on one family.
 */
@QuarkusTest
class MoveRulesTest {

    /** The erasure tests' stand-in for a crashed purge (erasure/InterruptedPurge): it keeps no rows. */
    static final Set<String> TEST_DOUBLES = Set.of("interruptions");

    @Inject
    Instance<ProfileData> owners;

    @Inject
    MockMailbox mailbox;

    @Inject
    HistoryService history;

    @Test
    void everyOwnerOfProfileDataMovesItOrEndsItAndTheFormerHolderReachesNoneOfIt() throws IOException {
        Subject holder = Subject.create("Ann");
        String child = holder.addProfile("Robin");
        String scale = holder.addDevice(child, "body-plus");
        holder.api().body(List.of(Map.of("category", "weight", "takenAt", "2026-02-01T07:00:00Z", "value", 40, "unit", "kg"),
                Map.of("category", "weight", "takenAt", "2026-02-02T07:00:00Z", "value", 41, "unit", "kg")))
                .post("/api/devices/{id}/measurements", scale).then().statusCode(201);
        String aura = holder.addDevice(child, "aura");
        holder.api().body(Map.of("start", "2026-02-01T22:00:00Z", "end", "2026-02-02T06:00:00Z", "lightSeconds", 3600,
                "deepSeconds", 3600, "remSeconds", 3600, "awakeSeconds", 600, "wakeUps", 1))
                .post("/api/devices/{id}/nights", aura).then().statusCode(201);
        String camera = holder.addDevice(child, "home");
        holder.api().body(Map.of("takenAt", "2026-02-01T12:00:00Z", "fileName", "hall.jpg", "sizeBytes", 1000))
                .post("/api/devices/{id}/screenshots", camera).then().statusCode(201);
        holder.api().body(Map.of("liveStream", false, "recording", true)).put("/api/devices/{id}/privacy", camera).then()
                .statusCode(200);
        holder.consentTo(child, "research");
        String objection = holder.fileRequest(Map.of("type", "OBJECTION", "profileId", child, "purposes", List.of("CHALLENGES")));
        Desk desk = Desk.withNewAgent();
        desk.taskOf(objection);
        desk.staff().api().body(Map.of("months", 1, "reason", "We must ask the device maker."))
                .post("/api/requests/{id}/extension", objection).then().statusCode(200);
        String childsChallenge = challenge(holder, child);
        join(holder, childsChallenge, holder.mainProfileId());
        String familyChallenge = challenge(holder, holder.mainProfileId());
        join(holder, familyChallenge, child);
        Subject viewer = Subject.create();
        holder.api().body(Map.of("email", viewer.email())).post("/api/profiles/{id}/shares", child).then().statusCode(201);
        String weighIn = holder.api().get("/api/profiles/{id}/measurements", child).then().extract().path("items[0].id");
        holder.api().body(Map.of("measurementId", Long.valueOf(weighIn), "sharedWith", "Dr. Lee"))
                .post("/api/profiles/{id}/item-shares", child).then().statusCode(201);
        holder.api().body(Map.of("partner", "google-fit")).post("/api/profiles/{id}/partners", child).then().statusCode(201);
        Staff agent = Staff.create("agent");
        String askedAct = agent.api().body(Map.of("partner", "runkeeper", "ticket", "CS-7", "reason", "asked by phone"))
                .post("/api/profiles/{id}/partners", child).then().statusCode(202).extract().path("actId");
        String rectification = holder.fileRequest(Map.of("type", "RECTIFICATION", "profileId", child,
                "measurementIds", List.of(Long.valueOf(weighIn)), "statement", "Robin wore boots on the scale."));
        desk.claimAndDecide(rectification, "CONTEST", null);
        Mailbox.await(mailbox, holder.email(), "correct your data is done");
        String refused = holder.fileRequest(Map.of("type", "RECTIFICATION", "profileId", child,
                "measurementIds", List.of(Long.valueOf(weighIn)), "statement", "Asked again."));
        desk.staff().api().body(Map.of("reasonKind", "MANIFESTLY_UNFOUNDED_OR_EXCESSIVE", "reasons", "Asked daily."))
                .post("/api/requests/{id}/refusal", refused).then().statusCode(201);
        Staff officer = Staff.create("compliance-officer");
        String hold = officer.api().body(Map.of("subjectType", "PROFILE", "subjectId", child, "reason", "LEGAL_CLAIMS",
                "note", "a claim about the scale")).post("/api/holds").then().statusCode(201).extract().path("id");
        String restriction = holder.fileRequest(Map.of("type", "RESTRICTION", "profileId", child,
                "ground", "LEGAL_CLAIMS", "statement", "I need the weigh-ins for a claim."));
        String export = holder.fileRequest(Map.of("type", "EXPORT", "profileId", child));
        String download = Mailbox.linkPath(Mailbox.await(mailbox, holder.email(), "ready to download").getText());

        Handover handover = Handover.of(mailbox, holder, child);
        Subject owner = handover.newOwner();
        // The restriction moved with the profile and goes on protecting it; lifted, so that the checks below see its data used.
        owner.api().body(Map.of("email", Subject.create().email())).post("/api/profiles/{id}/shares", child).then()
                .statusCode(409);
        desk.claimAndDecide(restriction, "LIFT", "The claim is settled.");
        Processes.awaitEnded(history, Processes.ofRequest(restriction));
        String ownExport = owner.fileRequest(Map.of("type", "EXPORT", "profileId", child));
        Mailbox.await(mailbox, owner.email(), "ready to download");
        Map<String, List<String>> archive = unzip(owner.api().get("/api/requests/{id}/archive", ownExport).then()
                .statusCode(200).extract().asByteArray());

        Map<String, Executable> checks = new LinkedHashMap<>();
        checks.put("measurements", () -> {
            holder.api().get("/api/profiles/{id}/measurements", child).then().statusCode(404);
            assertEquals(3, archive.get("weight.csv").size(), "the header and both weigh-ins");
        });
        checks.put("sleep nights", () -> {
            holder.api().body(Map.of("start", "2026-02-02T22:00:00Z", "end", "2026-02-03T06:00:00Z"))
                    .post("/api/devices/{id}/nights", aura).then().statusCode(404);
            assertEquals(2, archive.get("sleep.csv").size());
        });
        checks.put("camera screenshots", () -> {
            holder.api().body(Map.of("takenAt", "2026-02-02T12:00:00Z", "fileName", "x.jpg", "sizeBytes", 1))
                    .post("/api/devices/{id}/screenshots", camera).then().statusCode(404);
            assertEquals(2, archive.get("camera_screenshots.csv").size());
        });
        checks.put("camera settings", () -> {
            holder.api().get("/api/devices/{id}/privacy", camera).then().statusCode(404);
            owner.api().get("/api/devices/{id}/privacy", camera).then().statusCode(200).body("liveStream", equalTo(false));
        });
        checks.put("devices", () -> {
            holder.api().body(List.of(Map.of("category", "weight", "takenAt", "2026-02-03T07:00:00Z", "value", 42,
                    "unit", "kg"))).post("/api/devices/{id}/measurements", scale).then().statusCode(404);
            owner.api().body(List.of(Map.of("category", "weight", "takenAt", "2026-02-03T07:00:00Z", "value", 42,
                    "unit", "kg"))).post("/api/devices/{id}/measurements", scale).then().statusCode(201);
        });
        checks.put("consents", () -> {
            // what the former holder gave on the person's behalf is no longer the person's consent
            holder.api().get("/api/profiles/{id}/consents", child).then().statusCode(404);
            owner.api().get("/api/profiles/{id}/consents", child).then().statusCode(200)
                    .body("purposes.find { it.purpose == 'research' }.given", equalTo(false))
                    .body("purposes.find { it.purpose == 'research' }.channel", equalTo("INDEPENDENCE"))
                    .body("history.findAll { it.purpose == 'RESEARCH' }.given", equalTo(List.of(true, false)))
                    .body("purposes.find { it.purpose == 'partner-sharing' }.given", equalTo(false))
                    .body("purposes.find { it.purpose == 'dashboard-sharing' }.given", equalTo(false));
        });
        checks.put("objections", () -> {
            holder.api().get("/api/requests?type=OBJECTION").then().body("profileId", not(hasItem(child)));
            owner.api().get("/api/requests?type=OBJECTION").then().body("id", equalTo(List.of(objection)));
        });
        checks.put("restriction requests", () -> {
            // The restriction is the person's own: it moves with the profile and goes on protecting it.
            holder.api().get("/api/requests/{id}", restriction).then().statusCode(404);
            owner.api().get("/api/requests/{id}", restriction).then().statusCode(200).body("type", equalTo("RESTRICTION"));
        });
        checks.put("extension reasons", () -> {
            holder.api().get("/api/requests/{id}", objection).then().statusCode(404);
            owner.api().get("/api/requests/{id}", objection).then().statusCode(200).body("extendedMonths", equalTo(1));
        });
        checks.put("due-soon notes", () -> {
            // Agents' notes, never shown to a subject: they follow their request record to the owner.
            holder.api().get("/api/requests/{id}", objection).then().statusCode(404);
            owner.api().get("/api/requests/{id}", objection).then().statusCode(200);
        });
        checks.put("refusal reasons", () -> {
            // they stay with their request record, which follows the profile
            holder.api().get("/api/requests/{id}/refusal", refused).then().statusCode(404);
            owner.api().get("/api/requests/{id}/refusal", refused).then().statusCode(200)
                    .body("reasons", equalTo("Asked daily."));
        });
        checks.put("legal hold notes", () -> {
            // a hold on the profile is kept by the profile's id, and goes where the profile goes
            officer.api().get("/api/holds").then().body("find { it.id == '" + hold + "' }.subjectId", equalTo(child))
                    .body("find { it.id == '" + hold + "' }.current", equalTo(true));
        });
        checks.put("challenges", () -> {
            holder.api().get("/api/challenges/{id}", childsChallenge).then().statusCode(404);
            // the objection to challenges moved with the profile and goes on keeping it out of the views
            owner.api().get("/api/challenges/{id}", childsChallenge).then().statusCode(200)
                    .body("members", hasSize(0));
            owner.api().get("/api/challenges/{id}", familyChallenge).then().statusCode(404);
            holder.api().get("/api/challenges/{id}", familyChallenge).then().body("participants.name", equalTo(List.of("Ann")));
        });
        checks.put("shares", () -> {
            viewer.api().get("/api/shared-with-me").then().statusCode(200).body("", hasSize(0));
            owner.api().get("/api/profiles/{id}/shares", child).then().statusCode(200).body("", hasSize(0));
            holder.api().get("/api/profiles/{id}/item-shares", child).then().statusCode(404);
            owner.api().get("/api/profiles/{id}/item-shares", child).then().body("sharedWith", equalTo(List.of("Dr. Lee")));
        });
        checks.put("partner links and deliveries", () -> {
            holder.api().get("/api/profiles/{id}/partners", child).then().statusCode(404);
            owner.api().get("/api/profiles/{id}/partners", child).then().body("status", equalTo(List.of("REVOKED")));
        });
        checks.put("export archives", () -> {
            holder.api().get("/api/requests/{id}/archive", export).then().statusCode(404);
            given().get(download).then().statusCode(410);
            owner.api().get("/api/requests/{id}/archive", export).then().statusCode(200);
        });
        checks.put("acts asked by agents", () -> {
            agent.api().get("/api/approvals/{id}", askedAct).then().body("status", equalTo("EXPIRED"));
            owner.api().get("/api/approvals/{id}", askedAct).then().statusCode(404);
        });
        checks.put("rectifications", () -> {
            holder.api().get("/api/requests/{id}", rectification).then().statusCode(404);
            owner.api().get("/api/requests/{id}", rectification).then().statusCode(200).body("status", equalTo("COMPLETED"));
            owner.api().get("/api/profiles/{id}/measurements", child).then()
                    .body("items.find { it.id == '" + weighIn + "' }.contestedBy", equalTo(rectification));
        });
        checks.put("independence requests", () -> {
            holder.api().get("/api/requests/{id}", handover.requestId()).then().statusCode(200)
                    .body("status", equalTo("COMPLETED"));
            owner.api().get("/api/requests/{id}", handover.requestId()).then().statusCode(404);
        });
        checks.put("request records", () -> {
            holder.api().get("/api/requests").then().body("findAll { it.profileId == '" + child + "' }.type",
                    equalTo(List.of("INDEPENDENCE")));
            owner.api().get("/api/requests").then().body("id", equalTo(List.of(ownExport, export, restriction,
                    refused, rectification, objection)));
        });

        Executable everyOwnerChecked = () -> assertEquals(new TreeSet<>(owners.stream().map(ProfileData::kind)
                .filter(kind -> !TEST_DOUBLES.contains(kind)).toList()),
                new TreeSet<>(checks.keySet()), "each ProfileData owner (by kind) needs its move rule checked here");
        assertAll(Stream.concat(Stream.of(everyOwnerChecked), checks.entrySet().stream().map(check -> (Executable) () -> {
            try {
                check.getValue().execute();
            } catch (AssertionError e) {
                throw new AssertionError(check.getKey() + ": " + e.getMessage(), e);
            }
        })));
    }

    private static String challenge(Subject holder, String organiser) {
        return holder.api().body(Map.of("name", "Walk to the sea", "profileId", organiser)).post("/api/challenges")
                .then().statusCode(201).extract().path("id");
    }

    private static void join(Subject holder, String challenge, String profileId) {
        holder.api().body(Map.of("profileId", profileId)).post("/api/challenges/{id}/members", challenge).then()
                .statusCode(201);
    }

    /** The archive's CSV files by name, as lines. */
    private static Map<String, List<String>> unzip(byte[] zip) throws IOException {
        Map<String, List<String>> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r\n")));
            }
        }
        return files;
    }
}
