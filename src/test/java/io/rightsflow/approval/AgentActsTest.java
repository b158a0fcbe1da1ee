package io.rightsflow.approval;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Simultaneously;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An agent may ask for acts that send data or control away from the subject, but they wait for the
 * subject's answer to a link mailed to the account's own address.
 */
@QuarkusTest
@Tag("database")
class AgentActsTest {

    static final Map<String, Object> ON_TICKET = Map.of("ticket", "CS-2001", "reason", "asked us on the phone to turn it back on");

    @Inject
    MockMailbox mailbox;

    @Inject
    io.agroal.api.AgroalDataSource db;

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void anAgentSwitchingTheCameraOnWaitsForTheSubjectWhoSeesWhoAskedAndWhyAndItHappensOnlyOnApproval() {
        Subject subject = Subject.create();
        String camera = subject.addDevice(subject.mainProfileId(), "home");
        subject.api().body(Map.of("liveStream", false, "recording", false)).put("/api/devices/{id}/privacy", camera)
                .then().statusCode(200);
        Staff agent = Staff.create("agent");

        String actId = agent.api().body(with(Map.of("liveStream", true, "recording", true)))
                .put("/api/devices/{id}/privacy", camera).then().statusCode(202)
                .body("status", equalTo("AWAITING_SUBJECT")).extract().path("actId");
        subject.api().get("/api/devices/{id}/privacy", camera).then()
                .body("liveStream", equalTo(false)).body("recording", equalTo(false));

        Mail mail = Mailbox.await(mailbox, subject.email(), "approval");
        String approve = Mailbox.linkPathAfter(mail.getText(), "Approve");
        String refuse = Mailbox.linkPathAfter(mail.getText(), "Refuse:");
        // the mail can arrive a moment before its link is committed (README: Mails)
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> given().get(approve).statusCode() == 200);
        given().get(approve).then().statusCode(200).body(containsString("CS-2001"))
                .body(containsString("asked us on the phone to turn it back on"))
                .body(containsString("recording on"));
        subject.api().get("/api/devices/{id}/privacy", camera).then().body("recording", equalTo(false));

        given().post(approve).then().statusCode(200);
        subject.api().get("/api/devices/{id}/privacy", camera).then()
                .body("liveStream", equalTo(true)).body("recording", equalTo(true));
        agent.api().get("/api/approvals/{id}", actId).then().statusCode(200).body("status", equalTo("APPROVED"));
        given().post(refuse).then().statusCode(410);
    }

    @Test
    void anAgentSwitchingTheCameraOffDoesItAtOnce() {
        Subject subject = Subject.create();
        String camera = subject.addDevice(subject.mainProfileId(), "home");
        Staff.create("agent").api().body(Map.of("liveStream", false, "recording", false))
                .put("/api/devices/{id}/privacy", camera).then().statusCode(200).body("recording", equalTo(false));
        subject.api().get("/api/devices/{id}/privacy", camera).then().body("recording", equalTo(false));
    }

    @Test
    void anAgentsDashboardShareWaitsAndTheSubjectsRefusalSharesNothing() {
        Subject subject = Subject.create();
        Subject viewer = Subject.create();
        Staff agent = Staff.create("agent");
        String actId = agent.api().body(with(Map.of("email", viewer.email())))
                .post("/api/profiles/{id}/shares", subject.mainProfileId()).then().statusCode(202)
                .body("status", equalTo("AWAITING_SUBJECT")).extract().path("actId");
        subject.api().get("/api/profiles/{id}/shares", subject.mainProfileId()).then().body("$", hasSize(0));
        viewer.api().get("/api/shared-with-me").then().statusCode(200).body("$", hasSize(0));

        Mail mail = Mailbox.await(mailbox, subject.email(), "approval");
        assertEquals(0, Mailbox.matching(mailbox, viewer.email(), "approval").size());
        given().get(Mailbox.linkPathAfter(mail.getText(), "Refuse:")).then().statusCode(200)
                .body(containsString(viewer.email()));
        given().post(Mailbox.linkPathAfter(mail.getText(), "Refuse:")).then().statusCode(200);

        subject.api().get("/api/profiles/{id}/shares", subject.mainProfileId()).then().body("$", hasSize(0));
        viewer.api().get("/api/shared-with-me").then().body("$", hasSize(0));
        agent.api().get("/api/approvals/{id}", actId).then().body("status", equalTo("REFUSED"));
        given().post(Mailbox.linkPathAfter(mail.getText(), "Approve")).then().statusCode(410);
        subject.api().get("/api/profiles/{id}/shares", subject.mainProfileId()).then().body("$", hasSize(0));
    }

    @Test
    void anAgentsDashboardShareIsSharedOnceTheSubjectApproves() {
        Subject subject = Subject.create();
        Subject viewer = Subject.create();
        Staff.create("agent").api().body(with(Map.of("email", viewer.email())))
                .post("/api/profiles/{id}/shares", subject.mainProfileId()).then().statusCode(202);
        Mail mail = Mailbox.await(mailbox, subject.email(), "approval");
        given().post(Mailbox.linkPathAfter(mail.getText(), "Approve")).then().statusCode(200);
        subject.api().get("/api/profiles/{id}/shares", subject.mainProfileId()).then().body("$", hasSize(1))
                .body("[0].email", equalTo(viewer.email()));
    }

    @Test
    void anAgentsPartnerLinkAskedTwiceWaitsOnceAndNothingIsDeliveredUntilTheSubjectApproves() {
        Subject subject = Subject.create();
        Staff agent = Staff.create("agent");
        Map<String, Object> body = with(Map.of("partner", "google-fit", "accessToken", "agent-chosen-token"));
        String first = agent.api().body(body).post("/api/profiles/{id}/partners", subject.mainProfileId()).then()
                .statusCode(202).extract().path("actId");
        String second = agent.api().body(body).post("/api/profiles/{id}/partners", subject.mainProfileId()).then()
                .statusCode(202).extract().path("actId");
        assertEquals(first, second);
        subject.api().get("/api/profiles/{id}/partners", subject.mainProfileId()).then().body("$", hasSize(1))
                .body("[0].status", equalTo("WAITING"));

        Mail mail = Mailbox.await(mailbox, subject.email(), "approval");
        given().post(Mailbox.linkPathAfter(mail.getText(), "Approve")).then().statusCode(200);
        subject.api().get("/api/profiles/{id}/partners", subject.mainProfileId()).then().body("$", hasSize(1))
                .body("[0].status", equalTo("ACTIVE"));
    }

    @Test
    void twoIdenticalAgentLinksAtTheSameInstantWaitAsOneAct() throws Exception {
        Staff agent = Staff.create("agent");
        for (int round = 0; round < 5; round++) {
            Subject subject = Subject.create();
            List<Integer> codes = Simultaneously.twice(() -> agent.api().body(with(Map.of("partner", "runkeeper")))
                    .post("/api/profiles/{id}/partners", subject.mainProfileId())).stream()
                    .map(io.restassured.response.Response::statusCode).toList();
            assertTrue(codes.contains(202) && codes.stream().allMatch(c -> c == 202 || c == 409), codes::toString);
            subject.api().get("/api/profiles/{id}/partners", subject.mainProfileId()).then().body("$", hasSize(1));
        }
    }

    @Test
    void anActTheSubjectDoesNotAnswerExpiresAndLeavesNothing() {
        Subject subject = Subject.create();
        Staff agent = Staff.create("agent");
        String actId = agent.api().body(with(Map.of("partner", "google-fit")))
                .post("/api/profiles/{id}/partners", subject.mainProfileId()).then().statusCode(202)
                .extract().path("actId");
        Mail mail = Mailbox.await(mailbox, subject.email(), "approval");

        EngineTime.moveBy(Duration.ofDays(7).plusMinutes(1));
        Awaitility.await().atMost(Processes.PATIENCE).until(() -> "EXPIRED".equals(
                agent.api().get("/api/approvals/{id}", actId).then().extract().path("status")));
        subject.api().get("/api/profiles/{id}/partners", subject.mainProfileId()).then().body("$", hasSize(0));
        given().post(Mailbox.linkPathAfter(mail.getText(), "Approve")).then().statusCode(410);
        subject.api().get("/api/profiles/{id}/partners", subject.mainProfileId()).then().body("$", hasSize(0));
    }

    @Test
    void anAgentWithoutATicketOrAReasonIsRefusedAndNothingWaits() {
        Subject subject = Subject.create();
        Staff agent = Staff.create("agent");
        agent.api().body(Map.of("partner", "google-fit", "reason", "x"))
                .post("/api/profiles/{id}/partners", subject.mainProfileId()).then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("ticket"));
        Subject viewer = Subject.create();
        agent.api().body(Map.of("email", viewer.email(), "ticket", "CS-1"))
                .post("/api/profiles/{id}/shares", subject.mainProfileId()).then().statusCode(400)
                .body("field", equalTo("reason"));
        subject.api().get("/api/profiles/{id}/shares", subject.mainProfileId()).then().body("$", hasSize(0));
        subject.api().get("/api/profiles/{id}/partners", subject.mainProfileId()).then().body("$", hasSize(0));
        assertEquals(List.of(), Mailbox.matching(mailbox, subject.email(), "approval"));
    }

    @Test
    void anAgentsIndependenceMailsNothingToTheNewAddressUntilTheHolderApproves() {
        Subject holder = Subject.create();
        String child = holder.addProfile("Robin");
        String newAddress = "robin-" + java.util.UUID.randomUUID() + "@example.test";
        String requestId = Staff.create("agent").api().body(independence(child, newAddress)).post("/api/requests")
                .then().statusCode(201).body("status", equalTo("AWAITING_CONFIRMATION")).extract().path("id");

        Mail ask = Mailbox.await(mailbox, holder.email(), "approval");
        assertTrue(ask.getText().contains(newAddress), ask.getText());
        assertTrue(ask.getText().contains("Robin wants her own account"), ask.getText());
        assertEquals(0, Mailbox.matching(mailbox, newAddress, "").size());
        holder.api().get("/api/requests/{id}", requestId).then()
                .body("steps.id", not(hasItem("Task_SendConfirmationRequestMail")));

        given().post(Mailbox.linkPathAfter(ask.getText(), "Approve")).then().statusCode(200);
        Mailbox.await(mailbox, newAddress, "Confirm your own account");
    }

    @Test
    void theNewOwnersLinkRunsFromTheHoldersApprovalNotFromTheAgentsFiling() {
        Subject holder = Subject.create();
        String newAddress = "robin-" + java.util.UUID.randomUUID() + "@example.test";
        String requestId = Staff.create("agent").api().body(independence(holder.addProfile("Robin"), newAddress))
                .post("/api/requests").then().statusCode(201).extract().path("id");
        Mail ask = Mailbox.await(mailbox, holder.email(), "approval");

        EngineTime.moveBy(Duration.ofDays(5));
        given().post(Mailbox.linkPathAfter(ask.getText(), "Approve")).then().statusCode(200);
        Mail confirm = Mailbox.await(mailbox, newAddress, "Confirm your own account");
        EngineTime.moveBy(Duration.ofDays(3));
        given().contentType("application/x-www-form-urlencoded").formParam("password", "Own-Account-7!")
                .formParam("passwordConfirmation", "Own-Account-7!").post(Mailbox.linkPath(confirm.getText()))
                .then().statusCode(200);
        Awaitility.await().atMost(Processes.PATIENCE).until(() -> "COMPLETED".equals(
                holder.api().get("/api/requests/{id}", requestId).then().extract().path("status")));
    }

    @Test
    void anAgentsIndependenceTheHolderRefusesEndsCancelledAndNothingReachesTheNewAddress() {
        Subject holder = Subject.create();
        String child = holder.addProfile("Robin");
        String newAddress = "robin-" + java.util.UUID.randomUUID() + "@example.test";
        String requestId = Staff.create("agent").api().body(independence(child, newAddress)).post("/api/requests")
                .then().statusCode(201).extract().path("id");
        Mail ask = Mailbox.await(mailbox, holder.email(), "approval");

        given().post(Mailbox.linkPathAfter(ask.getText(), "Refuse:")).then().statusCode(200);
        holder.api().get("/api/requests/{id}", requestId).then().body("status", equalTo("CANCELLED"));
        holder.api().get("/api/accounts/{id}", holder.accountId()).then().body("profiles.name", hasItem("Robin"));
        given().post(Mailbox.linkPathAfter(ask.getText(), "Approve")).then().statusCode(410);
        assertEquals(0, Mailbox.matching(mailbox, newAddress, "").size());
    }

    @Test
    void anAgentsIndependenceRefusedAtTheDeskWithdrawsTheHoldersApprovalAndItsLinkNoLongerAsks() throws Exception {
        Subject holder = Subject.create();
        String child = holder.addProfile("Robin");
        String newAddress = "robin-" + java.util.UUID.randomUUID() + "@example.test";
        String requestId = Staff.create("agent").api().body(independence(child, newAddress)).post("/api/requests")
                .then().statusCode(201).extract().path("id");
        Mail ask = Mailbox.await(mailbox, holder.email(), "approval");
        String actId = actOf(requestId);

        Staff.create("agent").api().body(Map.of("reasonKind", "OTHER", "reasons", "The family asked us to stop."))
                .post("/api/requests/{id}/refusal", requestId).then().statusCode(201);

        holder.api().get("/api/approvals/{id}", actId).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().post(Mailbox.linkPathAfter(ask.getText(), "Approve")).then().statusCode(410);
        assertEquals(0, Mailbox.matching(mailbox, newAddress, "").size());
    }

    @Test
    void anAgentsIndependenceWithoutAStatementIsRefusedAndNothingIsFiled() {
        Subject holder = Subject.create();
        String child = holder.addProfile("Robin");
        Map<String, Object> body = new HashMap<>(independence(child, "robin-" + java.util.UUID.randomUUID() + "@example.test"));
        body.remove("statement");
        Staff.create("agent").api().body(body).post("/api/requests").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("statement"));
        holder.api().get("/api/requests").then().body("$", hasSize(0));
        assertEquals(List.of(), Mailbox.matching(mailbox, holder.email(), "approval"));
    }

    private String actOf(String target) throws java.sql.SQLException {
        try (var connection = db.getConnection();
                var query = connection.prepareStatement("select id from pending_act where target = ?")) {
            query.setString(1, target);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

    private static Map<String, Object> independence(String profileId, String newEmail) {
        return Staff.onTicket(Map.of("type", "INDEPENDENCE", "profileId", profileId, "newEmail", newEmail,
                "statement", "Robin wants her own account"));
    }

    @Test
    void theSubjectsOwnShareAndLinkStayImmediate() {
        Subject subject = Subject.create();
        Subject viewer = Subject.create();
        subject.api().body(Map.of("email", viewer.email())).post("/api/profiles/{id}/shares", subject.mainProfileId())
                .then().statusCode(201);
        subject.api().body(Map.of("partner", "google-fit")).post("/api/profiles/{id}/partners", subject.mainProfileId())
                .then().statusCode(201).body("status", equalTo("ACTIVE"));
    }

    private static Map<String, Object> with(Map<String, Object> body) {
        Map<String, Object> all = new HashMap<>(body);
        all.putAll(ON_TICKET);
        return all;
    }
}
