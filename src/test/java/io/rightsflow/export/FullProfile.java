package io.rightsflow.export;

import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;

import io.quarkus.mailer.MockMailbox;
import io.rightsflow.desk.DueSoonRecords;
import io.rightsflow.erasure.ErasureDecisionRecords;
import io.rightsflow.request.RequestType;
import io.rightsflow.support.Desk;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.PartnerServer;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import org.camunda.bpm.engine.ManagementService;

/**
 * A profile with data in every owner of profile data, in an account with data in every owner of
 * account data, made through the API as people make it (the two erasure desk records aside, see
 * ErasureDecisionRecords). A new owner of data needs a line here, or the access test fails for it.
 */
record FullProfile(String viewerEmail) {

    static FullProfile of(Subject holder, String child, MockMailbox mailbox, ManagementService management) {
        PartnerServer.get(); // google-fit answers: the weigh-ins below are delivered to it
        holder.api().body(Map.of("partner", "google-fit")).post("/api/profiles/{id}/partners", child).then().statusCode(201);
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
        holder.api().body(Map.of("name", "Walk to the sea", "profileId", child)).post("/api/challenges")
                .then().statusCode(201);
        String others = holder.api().body(Map.of("name", "Family walk", "profileId", holder.mainProfileId()))
                .post("/api/challenges").then().statusCode(201).extract().path("id");
        holder.api().body(Map.of("profileId", child)).post("/api/challenges/{id}/members", others).then().statusCode(201);
        Subject viewer = Subject.create();
        holder.api().body(Map.of("email", viewer.email())).post("/api/profiles/{id}/shares", child).then().statusCode(201);
        String weighIn = holder.api().get("/api/profiles/{id}/measurements", child).then().extract().path("items[0].id");
        holder.api().body(Map.of("measurementId", Long.valueOf(weighIn), "sharedWith", "Dr. Lee"))
                .post("/api/profiles/{id}/item-shares", child).then().statusCode(201);
        String rectification = holder.fileRequest(Map.of("type", "RECTIFICATION", "profileId", child,
                "measurementIds", List.of(Long.valueOf(weighIn)), "statement", "Robin wore boots on the scale."));
        desk.claimAndDecide(rectification, "CONTEST", null);
        Mailbox.await(mailbox, holder.email(), "correct your data is done");
        Staff.create("agent").api().body(Map.of("partner", "runkeeper", "ticket", "CS-7", "reason", "asked by phone"))
                .post("/api/profiles/{id}/partners", child).then().statusCode(202);
        holder.fileRequest(Map.of("type", "EXPORT", "profileId", child));
        Mailbox.await(mailbox, holder.email(), "ready to download");

        await().atMost(Processes.PATIENCE).until(() -> management.createJobQuery()
                .processDefinitionKey("partner-delivery").executable().count() == 0);

        // the account's own: notifications, what others share with it or invite it to, the erasure's desk records
        holder.api().body(Map.of("kinds", Map.of("tips", false))).put("/api/accounts/{id}/notifications", holder.accountId())
                .then().statusCode(200);
        Subject friend = Subject.create("Kim");
        friend.api().body(Map.of("email", holder.email())).post("/api/profiles/{id}/shares", friend.mainProfileId())
                .then().statusCode(201);
        String friends = friend.api().body(Map.of("name", "Step up", "profileId", friend.mainProfileId()))
                .post("/api/challenges").then().statusCode(201).extract().path("id");
        friend.api().body(Map.of("email", holder.email())).post("/api/challenges/{id}/invitations", friends).then()
                .statusCode(201);
        ErasureDecisionRecords.of(holder.accountId(), "Asked to keep the account by phone.");
        DueSoonRecords.of(objection, RequestType.OBJECTION, holder.accountId(), child, "Answered by phone.");

        // refusals at the desk, of a profile's request and of one about the whole account (caught while it builds)
        String another = holder.fileRequest(Map.of("type", "RECTIFICATION", "profileId", child,
                "measurementIds", List.of(Long.valueOf(weighIn)), "statement", "Asked again."));
        desk.staff().api().body(Map.of("reasonKind", "MANIFESTLY_UNFOUNDED_OR_EXCESSIVE", "reasons", "Asked daily."))
                .post("/api/requests/{id}/refusal", another).then().statusCode(201);
        var building = management.createJobDefinitionQuery().processDefinitionKey("export")
                .activityIdIn("Task_BuildArchive").list();
        building.forEach(d -> management.suspendJobDefinitionById(d.getId(), true));
        try {
            String wholeAccount = holder.fileRequest(Map.of("type", "EXPORT", "accountId", holder.accountId()));
            desk.staff().api().body(Map.of("reasonKind", "RIGHTS_OF_OTHERS", "reasons", "It shows another person."))
                    .post("/api/requests/{id}/refusal", wholeAccount).then().statusCode(201);
            DueSoonRecords.of(wholeAccount, RequestType.EXPORT, holder.accountId(), null, "Refused in time.");
        } finally {
            building.forEach(d -> management.activateJobDefinitionById(d.getId(), true));
        }

        // legal holds on the profile and on the account
        Staff officer = Staff.create("compliance-officer");
        officer.api().body(Map.of("subjectType", "PROFILE", "subjectId", child, "reason", "LEGAL_CLAIMS"))
                .post("/api/holds").then().statusCode(201);
        officer.api().body(Map.of("subjectType", "ACCOUNT", "subjectId", holder.accountId(), "reason", "LEGAL_OBLIGATION"))
                .post("/api/holds").then().statusCode(201);

        // a restriction of every use of the profile's data (after the uses above), in place and waiting to be lifted
        holder.fileRequest(Map.of("type", "RESTRICTION", "profileId", child, "ground", "ACCURACY_CONTESTED",
                "statement", "The weigh-ins of February are wrong."));

        // last: a pending handover of the profile to its own account
        String independence = holder.fileRequest(Map.of("type", "INDEPENDENCE", "profileId", child,
                "newEmail", "robin-" + System.nanoTime() + "@example.test"));
        Processes.awaitNoJobs(management, Processes.ofRequest(independence));
        return new FullProfile(viewer.email());
    }
}
