package io.rightsflow.independence;

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
import java.util.UUID;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IndependenceProcessTest {

    static final String NEW_PASSWORD = "Own-Account-7!";

    @Inject
    HistoryService history;

    @Inject
    MockMailbox mailbox;

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void theNewOwnerConfirmsWithAPasswordAndTheProfileAndAllItsDataMoveToTheirNewAccount() {
        Pending pending = Pending.start(this);
        assertEquals(3, total(pending.holder, pending.profileId), "data before");
        assertTrue(Mailbox.matching(mailbox, pending.holder.email(), "Confirm your own account").isEmpty(),
                "the confirmation goes to the new address only");
        Mailbox.await(mailbox, pending.holder.email(), "getting its own account");

        given().get(pending.link).then().statusCode(200)
                .body(containsString("name=\"password\"")).body(containsString("name=\"passwordConfirmation\""));
        confirm(pending.link, NEW_PASSWORD).statusCode(200).body(containsString("Your account is ready"));

        Subject owner = new Subject(pending.newEmail, NEW_PASSWORD, null, pending.profileId);
        String newAccountId = owner.api().get("/api/me").then().statusCode(200).extract().path("accountId");
        owner.api().get("/api/accounts/{id}", newAccountId).then()
                .body("profiles.profileId", equalTo(List.of(pending.profileId))).body("profiles[0].main", equalTo(true));
        assertEquals(3, total(owner, pending.profileId), "data after, on the new side");
        pending.holder.api().get("/api/profiles/{id}/measurements", pending.profileId).then().statusCode(404);
        pending.holder.api().get("/api/accounts/{id}", pending.holder.accountId()).then()
                .body("profiles.profileId", not(hasItem(pending.profileId)));
        pending.holder.api().body(Map.of("product", "body")).post("/api/profiles/{id}/devices", pending.profileId)
                .then().statusCode(404);

        awaitEnded(history, pending.process);
        List<String> passed = passedActivities(history, pending.process);
        assertTrue(passed.containsAll(List.of("Gateway_ConfirmedOrExpired", "Event_IndependenceConfirmed",
                "Task_SendIndependenceCompletedMails", "EndEvent_ProfileIndependent")), passed.toString());
        assertFalse(passed.contains("Event_LinkExpired") || passed.contains("Event_IndependenceCancelled"));
        pending.holder.api().get("/api/requests/{id}", pending.requestId).then().body("status", equalTo("COMPLETED"));
        Mailbox.await(mailbox, pending.holder.email(), "has its own account now");
        assertTrue(Mailbox.await(mailbox, pending.newEmail, "has its own account now").getText().contains("yours now"));
        confirm(pending.link, NEW_PASSWORD).statusCode(410);
    }

    @Test
    void aRefusedPasswordNamesTheRuleAndKeepsTheLinkUsable() {
        Pending pending = Pending.start(this);

        confirm(pending.link, "short").statusCode(400).body(containsString("at least 8 characters"))
                .body(containsString("name=\"password\""));
        given().contentType("application/x-www-form-urlencoded").formParam("password", NEW_PASSWORD)
                .formParam("passwordConfirmation", "Other-Passw0rd!").post(pending.link).then()
                .statusCode(400).body(containsString("repeat it exactly"));
        assertEquals(3, total(pending.holder, pending.profileId), "nothing moved");

        confirm(pending.link, NEW_PASSWORD).statusCode(200);
    }

    @Test
    void aLinkNotUsedInTimeExpiresTheProfileStaysAndTheHolderIsTold() {
        Pending pending = Pending.start(this);

        EngineTime.moveBy(Duration.ofDays(7).plusMinutes(1));
        awaitEnded(history, pending.process);

        assertTrue(passedActivities(history, pending.process).containsAll(List.of("Event_LinkExpired",
                "Task_SendIndependenceExpiredMail", "EndEvent_IndependenceExpired")));
        pending.holder.api().get("/api/requests/{id}", pending.requestId).then().body("status", equalTo("CANCELLED"));
        Mailbox.await(mailbox, pending.holder.email(), "stays in your account");
        assertEquals(3, total(pending.holder, pending.profileId));
        confirm(pending.link, NEW_PASSWORD).statusCode(410).body(containsString("expired"));
    }

    @Test
    void theHolderCancelsWhilePendingAndTheLinkStopsWorking() {
        Pending pending = Pending.start(this);

        pending.holder.api().delete("/api/requests/{id}", pending.requestId).then().statusCode(202);
        awaitEnded(history, pending.process);

        assertTrue(passedActivities(history, pending.process).containsAll(List.of("Event_IndependenceCancelled",
                "EndEvent_IndependenceCancelled")));
        pending.holder.api().get("/api/requests/{id}", pending.requestId).then().body("status", equalTo("CANCELLED"));
        confirm(pending.link, NEW_PASSWORD).statusCode(410);
        assertEquals(3, total(pending.holder, pending.profileId));
        pending.holder.api().delete("/api/requests/{id}", pending.requestId).then().statusCode(409);
    }

    @Test
    void anIndependenceToAnAddressWithAnAccountAnswersAsForAFreeOneAndOnlyThatAddressIsToldWithoutALink() {
        Subject holder = Subject.create();
        Subject other = Subject.create();
        String toTaken = independence(holder, holder.addProfile("Robin"), other.email()).statusCode(201)
                .body("status", equalTo("AWAITING_CONFIRMATION")).extract().asString();
        String toFree = independence(holder, holder.addProfile("Kim"), freshAddress()).statusCode(201)
                .body("status", equalTo("AWAITING_CONFIRMATION")).extract().asString();
        assertEquals(toFree.replaceAll("\"(id|profileId|processInstanceId|receivedAt|dueAt)\":\"[^\"]*\"", ""),
                toTaken.replaceAll("\"(id|profileId|processInstanceId|receivedAt|dueAt)\":\"[^\"]*\"", ""));
        io.quarkus.mailer.Mail told = Mailbox.await(mailbox, other.email(), "cannot move");
        assertFalse(told.getText().contains("/links/"), told.getText());
        holder.api().get("/api/accounts/{id}", holder.accountId()).then().body("profiles.name", hasItem("Robin"));
    }

    @Test
    void onlyASecondaryActiveProfileWithoutAPendingRequestGoesToAnUnusedAddress() {
        Subject holder = Subject.create();
        Subject other = Subject.create();
        String child = holder.addProfile("Robin");
        independence(holder, holder.mainProfileId(), freshAddress()).statusCode(409).body("detail", containsString("main profile"));
        independence(holder, child, "not-an-address").statusCode(400);
        independence(holder, child, freshAddress()).statusCode(201);
        independence(holder, child, freshAddress()).statusCode(409).body("detail", containsString("waiting"));
        String grown = holder.addProfile("Sam");
        holder.eraseProfile(grown);
        independence(holder, grown, freshAddress()).statusCode(409).body("detail", containsString("pending deletion"));
        independence(other, child, freshAddress()).statusCode(404);
    }

    @Test
    void aProfileErasedMeanwhileCannotBeConfirmedIntoANewAccount() {
        Pending pending = Pending.start(this);
        pending.holder.eraseProfile(pending.profileId);

        confirm(pending.link, NEW_PASSWORD).statusCode(409).body(containsString("waiting to be deleted"));
        given().auth().preemptive().basic(pending.newEmail, NEW_PASSWORD).get("/api/me").then().statusCode(401);
    }

    @Test
    void theNewAddressStaysOutOfTheEngine() {
        Pending pending = Pending.start(this);
        assertNotInTheEngine(pending);

        confirm(pending.link, NEW_PASSWORD).statusCode(200);
        awaitEnded(history, pending.process);
        assertNotInTheEngine(pending);
    }

    /** Neither in a variable of the process nor in any earlier value of one. */
    private void assertNotInTheEngine(Pending pending) {
        history.createHistoricVariableInstanceQuery().processInstanceId(pending.process).list().forEach(variable ->
                assertFalse(String.valueOf(variable.getValue()).contains(pending.newEmail), variable.getName()));
        history.createHistoricDetailQuery().processInstanceId(pending.process).variableUpdates().list().forEach(update ->
                assertFalse(String.valueOf(((HistoricVariableUpdate) update).getValue()).contains(pending.newEmail),
                        ((HistoricVariableUpdate) update).getVariableName()));
    }

    /** A secondary profile with three weigh-ins, its independence requested, the link from the new owner's mail. */
    record Pending(Subject holder, String profileId, String newEmail, String requestId, String process, String link) {
        static Pending start(IndependenceProcessTest test) {
            Subject holder = Subject.create();
            String profileId = holder.addProfile("Robin");
            for (int day = 1; day <= 3; day++) {
                holder.api().body(Map.of("category", "weight", "takenAt", "2026-03-0" + day + "T07:00:00Z",
                        "value", 50 + day, "unit", "kg")).post("/api/profiles/{id}/measurements", profileId)
                        .then().statusCode(201);
            }
            String newEmail = freshAddress();
            String requestId = independence(holder, profileId, newEmail).statusCode(201)
                    .body("status", equalTo("AWAITING_CONFIRMATION")).extract().path("id");
            String link = Mailbox.linkPath(Mailbox.await(test.mailbox, newEmail, "Confirm your own account").getText());
            return new Pending(holder, profileId, newEmail, requestId, Processes.ofRequest(requestId), link);
        }
    }

    static ValidatableResponse independence(Subject holder, String profileId, String newEmail) {
        return holder.api().body(Map.of("type", "INDEPENDENCE", "profileId", profileId, "newEmail", newEmail))
                .post("/api/requests").then();
    }

    static ValidatableResponse confirm(String link, String password) {
        return given().contentType("application/x-www-form-urlencoded").formParam("password", password)
                .formParam("passwordConfirmation", password).post(link).then();
    }

    static String freshAddress() {
        return "grown-up-" + UUID.randomUUID() + "@example.test";
    }

    private static int total(Subject subject, String profileId) {
        return subject.api().get("/api/profiles/{id}/measurements", profileId).then().statusCode(200)
                .extract().path("total");
    }
}
