package io.rightsflow.independence;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.rightsflow.support.Desk;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.PartnerServer;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.junit.jupiter.api.Test;

/** Once a profile is independent, the account it left reaches nothing of it, by any path it had before. */
@QuarkusTest
class FormerHolderTest {

    static final String GOOGLE_FIT = "/google-fit/deliveries";
    static final String RUNKEEPER = "/runkeeper/deliveries";

    @Inject
    MockMailbox mailbox;

    @Inject
    ManagementService management;

    @Test
    void theFormerHolderCanNoLongerDownloadAnArchiveHoldingTheProfileByTheApiOrByTheMailedLink() {
        Subject holder = Subject.create();
        String child = holder.addProfile("Robin");
        weigh(holder, child, 41, "2026-03-01T07:00:00Z");
        String profileExport = holder.fileRequest(Map.of("type", "EXPORT", "profileId", child));
        String link = Mailbox.linkPath(Mailbox.await(mailbox, holder.email(), "ready to download").getText());
        holder.api().get("/api/requests/{id}/archive", profileExport).then().statusCode(200);
        String accountExport = holder.fileRequest(Map.of("type", "EXPORT", "accountId", holder.accountId()));
        await().atMost(Processes.PATIENCE).until(() -> Mailbox.matching(mailbox, holder.email(), "ready to download").size() == 2);
        String accountLink = Mailbox.matching(mailbox, holder.email(), "ready to download").stream()
                .map(mail -> Mailbox.linkPath(mail.getText())).filter(path -> !path.equals(link)).findFirst().orElseThrow();
        holder.api().get("/api/requests/{id}/archive", accountExport).then().statusCode(200);
        given().get(accountLink).then().statusCode(200);

        Subject owner = Handover.of(mailbox, holder, child).newOwner();

        holder.api().get("/api/requests/{id}/archive", profileExport).then().statusCode(404);
        given().get(link).then().statusCode(410);
        holder.api().get("/api/requests/{id}/archive", accountExport).then().statusCode(410);
        given().get(accountLink).then().statusCode(410);
        owner.api().get("/api/requests/{id}/archive", profileExport).then().statusCode(200).contentType("application/zip");
    }

    @Test
    void anExportStillBeingBuiltWhenTheProfileMovesIsDeliveredToTheNewOwnerAndNotToTheFormerHolder() {
        Subject holder = Subject.create();
        String child = holder.addProfile("Robin");
        weigh(holder, child, 41, "2026-03-01T07:00:00Z");
        List<JobDefinition> builds = management.createJobDefinitionQuery().processDefinitionKey("export")
                .activityIdIn("Task_BuildArchive").list();
        Subject owner;
        String exportId;
        try {
            builds.forEach(build -> management.suspendJobDefinitionById(build.getId()));
            exportId = holder.fileRequest(Map.of("type", "EXPORT", "profileId", child));
            assertEquals(1, management.createJobQuery().processInstanceId(Processes.ofRequest(exportId)).suspended()
                    .count(), "the archive is not built yet");
            owner = Handover.of(mailbox, holder, child).newOwner();
        } finally {
            builds.forEach(build -> management.activateJobDefinitionById(build.getId(), true));
        }

        await().atMost(Processes.PATIENCE).until(() -> !Mailbox.matching(mailbox, owner.email(), "ready to download")
                .isEmpty() || !Mailbox.matching(mailbox, holder.email(), "ready to download").isEmpty());
        assertEquals(List.of(), Mailbox.matching(mailbox, holder.email(), "ready to download"), "nothing to the holder");
        Mailbox.await(mailbox, owner.email(), "ready to download");
        holder.api().get("/api/requests/{id}/archive", exportId).then().statusCode(404);
        owner.api().get("/api/requests/{id}/archive", exportId).then().statusCode(200);
    }

    @Test
    void anExtensionDecidedAfterTheMoveTellsItsReasonsToTheNewOwnerAndNotToTheFormerHolder() {
        Subject holder = Subject.create();
        String child = holder.addProfile("Robin");
        String objection = holder.fileRequest(Map.of("type", "OBJECTION", "profileId", child, "purposes", List.of("CHALLENGES")));
        Desk desk = Desk.withNewAgent();
        desk.taskOf(objection);
        Subject owner = Handover.of(mailbox, holder, child).newOwner();

        desk.staff().api().body(Map.of("months", 1, "reason", "We must ask the device maker about firmware logs."))
                .post("/api/requests/{id}/extension", objection).then().statusCode(200);

        assertTrue(Mailbox.await(mailbox, owner.email(), "more time").getText().contains("firmware logs"));
        assertEquals(List.of(), Mailbox.matching(mailbox, holder.email(), "more time"), "nothing to the holder");
        holder.api().get("/api/requests/{id}", objection).then().statusCode(404);
        owner.api().get("/api/requests/{id}", objection).then().statusCode(200).body("extendedMonths", equalTo(1));
    }

    @Test
    void aDashboardShareOfTheProfileByTheFormerHolderNoLongerShowsItToTheViewer() {
        Subject holder = Subject.create("Ann");
        String child = holder.addProfile("Robin");
        weigh(holder, child, 41, "2026-03-01T07:00:00Z");
        Subject viewer = Subject.create();
        for (String profile : List.of(holder.mainProfileId(), child)) {
            holder.api().body(Map.of("email", viewer.email())).post("/api/profiles/{id}/shares", profile).then()
                    .statusCode(201);
        }
        viewer.api().get("/api/shared-with-me").then().body("profileId", equalTo(List.of(holder.mainProfileId(), child)));

        Subject owner = Handover.of(mailbox, holder, child).newOwner();

        viewer.api().get("/api/shared-with-me").then().statusCode(200)
                .body("profileId", equalTo(List.of(holder.mainProfileId())));
        owner.api().get("/api/profiles/{id}/shares", child).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void aPartnerLinkOfTheProfileByTheFormerHolderIsRevokedAndDeliversNothingOfTheNewOwner() {
        PartnerServer partners = PartnerServer.get();
        Subject holder = Subject.create();
        String child = holder.addProfile("Robin");
        String grant = link(holder, child, "google-fit");
        weigh(holder, child, 41, "2026-03-01T07:00:00Z");
        await().atMost(Processes.PATIENCE).until(() -> partners.calls(GOOGLE_FIT, grant).size() == 1);

        Subject owner = Handover.of(mailbox, holder, child).newOwner();
        owner.api().get("/api/profiles/{id}/partners", child).then().statusCode(200)
                .body("find { it.grantId == '" + grant + "' }.status", equalTo("REVOKED"));
        String own = link(owner, child, "runkeeper");
        weigh(owner, child, 42, "2026-03-02T07:00:00Z");

        await().atMost(Processes.PATIENCE).until(() -> partners.calls(RUNKEEPER, own).size() == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> partners.calls(GOOGLE_FIT, grant).size() == 1);
        assertEquals(List.of(41.0f), new JsonPath(partners.calls(GOOGLE_FIT, grant).get(0).body())
                .getList("measurements.value"), "only what was delivered before the move");
    }

    static void weigh(Subject subject, String profileId, double kg, String takenAt) {
        subject.api().body(Map.of("category", "weight", "takenAt", takenAt, "value", kg, "unit", "kg"))
                .post("/api/profiles/{id}/measurements", profileId).then().statusCode(201);
    }

    static String link(Subject subject, String profileId, String partner) {
        return subject.api().body(Map.of("partner", partner)).post("/api/profiles/{id}/partners", profileId).then()
                .statusCode(201).body("status", containsString("ACTIVE")).extract().path("grantId");
    }
}
