package io.rightsflow.erasure;

import static io.restassured.RestAssured.given;
import static io.rightsflow.support.Processes.awaitEnded;
import static io.rightsflow.support.Processes.passedActivities;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.link.Links;
import io.rightsflow.measurement.Pseudonyms;
import io.rightsflow.support.Desk;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Seed;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountErasureProcessTest {

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    MockMailbox mailbox;

    @Inject
    Links links;

    @Inject
    Pseudonyms pseudonyms;

    @Test
    void anAccountWithSecondaryProfilesLeftIsNotErasedAndTheRefusalNamesThem() {
        Subject subject = Subject.create();
        String kept = subject.addProfile("Kim");
        String pending = subject.addProfile("Sam");
        subject.eraseProfile(pending);

        subject.api().body(Map.of("type", "ACCOUNT_ERASURE", "accountId", subject.accountId()))
                .post("/api/requests").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(kept))
                .body("detail", containsString(pending))
                .body("detail", containsString("INDEPENDENCE"));

        subject.api().get("/api/requests?type=ACCOUNT_ERASURE").then().statusCode(200).body("size()", equalTo(0));
        subject.api().get("/api/accounts/{id}", subject.accountId()).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void theRequestNeedsTheAccountAndOnlyItsOwnerOrAnAgentCanFileIt() {
        Subject subject = Subject.create();
        Subject other = Subject.create();
        subject.api().body(Map.of("type", "ACCOUNT_ERASURE")).post("/api/requests").then().statusCode(400)
                .body("detail", containsString("accountId"));
        other.api().body(Map.of("type", "ACCOUNT_ERASURE", "accountId", subject.accountId()))
                .post("/api/requests").then().statusCode(404);
        subject.api().get("/api/me").then().statusCode(200);

        Staff.create("agent").api().body(Staff.onTicket(Map.of("type", "ACCOUNT_ERASURE", "accountId", subject.accountId())))
                .post("/api/requests").then().statusCode(201)
                .body("channel", equalTo("CUSTOMER_SERVICE")).body("status", equalTo("GRACE_PERIOD"));
        subject.api().get("/api/me").then().statusCode(401);
    }

    @Test
    void theAccountClosesAtOnceAndItsDataCanStillBeSavedWithoutLoggingIn() {
        Subject subject = Subject.create();
        Seed.everyKindOfData(subject, subject.mainProfileId());
        subject.consentTo("research");
        Staff.ADMIN.api().get("/api/extracts/research").then().statusCode(200)
                .body("rows.profileRef", hasItem(pseudonyms.of(subject.mainProfileId())));
        String requestId = subject.api().body(Map.of("type", "ACCOUNT_ERASURE", "accountId", subject.accountId()))
                .post("/api/requests").then().statusCode(201)
                .body("status", equalTo("GRACE_PERIOD"))
                .body("notice", containsString("Get a copy of your data"))
                .body("notice", containsString("customer service"))
                .extract().path("id");

        subject.api().get("/api/me").then().statusCode(401);
        Staff agent = Staff.create("agent");
        agent.api().get("/api/accounts/{id}", subject.accountId()).then().statusCode(200)
                .body("status", equalTo("PENDING_DELETION"))
                .body("profiles[0].status", equalTo("PENDING_DELETION"));
        String ref = pseudonyms.of(subject.mainProfileId());
        Staff.ADMIN.api().get("/api/extracts/research").then().statusCode(200).body("rows.profileRef", not(hasItem(ref)));
        agent.api().body(Map.of("name", "Late")).post("/api/accounts/{id}/profiles", subject.accountId()).then()
                .statusCode(409);

        Mail scheduled = Mailbox.await(mailbox, subject.email(), "Your account is scheduled for deletion");
        assertTrue(scheduled.getText().contains("customer service"), scheduled.getText());
        assertTrue(scheduled.getText().contains(requestId), "the mail quotes the reference to give customer service");
        String save = Mailbox.linkPath(scheduled.getText());
        given().get(save).then().statusCode(200).body(containsString("every profile of your account"));
        given().post(save).then().statusCode(200);
        String download = Mailbox.linkPath(Mailbox.await(mailbox, subject.email(), "ready to download").getText());
        given().get(download).then().statusCode(200).contentType("application/zip");

        String process = Processes.ofRequest(requestId);
        assertEquals(1, runtime.createProcessInstanceQuery().processInstanceId(process)
                .activityIdIn("UserTask_CancelAccountDeletion").count(), "waiting for customer service or the timer");
    }

    @Test
    void customerServiceCancelsTheDeletionWithAReasonAndTheAccountIsBackExactly() {
        Subject subject = Subject.create();
        Seed.everyKindOfData(subject, subject.mainProfileId());
        Staff agent = Staff.create("agent");
        String before = agent.api().get("/api/accounts/{id}", subject.accountId()).asString();
        String measurementsBefore = agent.api().get("/api/profiles/{id}/measurements", subject.mainProfileId()).asString();
        String requestId = subject.fileRequest(Map.of("type", "ACCOUNT_ERASURE", "accountId", subject.accountId()));
        String process = Processes.ofRequest(requestId);

        subject.api().delete("/api/requests/{id}", requestId).then().statusCode(401);
        agent.api().delete("/api/requests/{id}", requestId).then().statusCode(409)
                .body("detail", containsString("CANCEL_DELETION"));
        Desk desk = new Desk(agent);
        Map<String, Object> task = desk.taskOf(requestId);
        assertEquals(List.of("CANCEL_DELETION"), task.get("decisions"));
        assertEquals("ACCOUNT_ERASURE", task.get("requestType"));
        String taskId = (String) task.get("taskId");
        agent.api().post("/api/desk/tasks/{id}/claim", taskId).then().statusCode(200);
        agent.api().body(Map.of("decision", "CANCEL_DELETION")).post("/api/desk/tasks/{id}/complete", taskId).then()
                .statusCode(400).body("detail", containsString("reason"));
        subject.api().get("/api/me").then().statusCode(401);

        agent.api().body(Map.of("decision", "CANCEL_DELETION", "reason", "changed their mind on the phone"))
                .post("/api/desk/tasks/{id}/complete", taskId).then().statusCode(204);

        awaitEnded(history, process);
        subject.api().get("/api/me").then().statusCode(200).body("accountId", equalTo(subject.accountId()));
        assertEquals(before, agent.api().get("/api/accounts/{id}", subject.accountId()).asString());
        assertEquals(measurementsBefore,
                agent.api().get("/api/profiles/{id}/measurements", subject.mainProfileId()).asString());
        subject.api().get("/api/requests/{id}", requestId).then().body("status", equalTo("CANCELLED"));
        Mailbox.await(mailbox, subject.email(), "deletion of your account has been cancelled");
        assertEquals(1, Mailbox.matching(mailbox, subject.email(), "has been cancelled").size());

        DeletionCancellation recorded = QuarkusTransaction.requiringNew()
                .call(() -> DeletionCancellation.<DeletionCancellation>findById(requestId));
        assertEquals("agent:" + agent.username(), recorded.cancelledBy);
        assertEquals("changed their mind on the phone", recorded.reason);
        List<String> path = passedActivities(history, process);
        assertTrue(path.contains("Task_RestoreAccount") && path.contains("EndEvent_AccountRestored"), path.toString());
        assertFalse(path.contains("Task_PurgeAccountData"), path.toString());
    }

    @Test
    void aLinkForAnotherPurposeStopsWhileTheAccountIsClosingAndWorksAgainOnceTheDeletionIsCancelled() {
        Subject subject = Subject.create();
        String exportId = subject.fileRequest(Map.of("type", "EXPORT", "profileId", subject.mainProfileId()));
        String note = QuarkusTransaction.requiringNew()
                .call(() -> links.issue(NoteLink.PURPOSE, exportId, Duration.ofDays(30)))
                .replaceFirst("^https?://[^/]+", "");
        given().get(note).then().statusCode(200);
        String requestId = subject.fileRequest(Map.of("type", "ACCOUNT_ERASURE", "accountId", subject.accountId()));

        given().get(note).then().statusCode(409).body(containsString("account is being deleted"));
        given().post(note).then().statusCode(409);

        Desk desk = Desk.withNewAgent();
        desk.claimAndDecide(requestId, "CANCEL_DELETION", "asked by phone");
        awaitEnded(history, Processes.ofRequest(requestId));
        given().post(note).then().statusCode(200);
    }
}
