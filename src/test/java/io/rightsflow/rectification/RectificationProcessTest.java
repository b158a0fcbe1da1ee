package io.rightsflow.rectification;

import static io.rightsflow.support.Processes.awaitEnded;
import static org.awaitility.Awaitility.await;
import static io.rightsflow.support.Processes.awaitWaitingAt;
import static io.rightsflow.support.Processes.passedActivities;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.agroal.api.AgroalDataSource;
import io.restassured.path.json.JsonPath;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Desk;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.PartnerServer;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RectificationProcessTest {

    static final String DONE_MAIL = "correct your data is done";

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
    void anEnteredValueAndTheProfilesNameAreCorrectedTheFormerValuesKeptAndThePersonMailedOnce() {
        Subject subject = Subject.create("Ann");
        String weighIn = enter(subject, subject.mainProfileId(), 80);
        String requestId = subject.fileRequest(Map.of("type", "RECTIFICATION", "profileId", subject.mainProfileId(),
                "fields", Map.of("profileName", "Anne"),
                "corrections", List.of(Map.of("measurementId", Long.valueOf(weighIn), "value", 70, "unit", "kg")),
                "statement", "I typed 80 instead of 70, and my name has an e."));
        String process = Processes.ofRequest(requestId);
        awaitWaitingAt(runtime, process, "UserTask_DecideRectification");
        subject.api().get("/api/requests/{id}", requestId).then().body("status", equalTo("IN_REVIEW"));

        Desk.withNewAgent().claimAndDecide(requestId, "CORRECT", null);
        awaitEnded(history, process);

        assertEquals(List.of("StartEvent_RectificationRequested", "UserTask_DecideRectification", "Gateway_Decision",
                "Task_CorrectValues", "Gateway_DataChanged", "Task_TellPartners", "Gateway_Done",
                "Task_SendRectifiedMail", "EndEvent_Rectified"), passedActivities(history, process));
        subject.api().get("/api/profiles/{id}/measurements", subject.mainProfileId()).then()
                .body("items[0].value", equalTo(70.0f)).body("items[0].contested", nullValue());
        subject.api().get("/api/accounts/{id}", subject.accountId()).then().body("profiles[0].name", equalTo("Anne"));
        subject.api().get("/api/requests/{id}", requestId).then().body("status", equalTo("COMPLETED"));
        List<RectificationItem> items = items(requestId);
        assertEquals("Ann", items.stream().filter(i -> "profileName".equals(i.field)).findFirst().orElseThrow().oldValue);
        assertTrue(items.stream().anyMatch(i -> i.oldValue != null && i.oldValue.startsWith("weight 80 kg")),
                "the former value stays in the record");
        assertEquals(1, Mailbox.matching(mailbox, subject.email(), DONE_MAIL).size());
        String mail = Mailbox.await(mailbox, subject.email(), DONE_MAIL).getText();
        assertTrue(mail.contains("now \"Anne\"") && mail.contains("now reads 70.0 kg"), mail);
        assertEquals(1, Mailbox.matching(mailbox, subject.email(), "received your request").size(),
                "acknowledged once, by the receipt");
    }

    @Test
    void anEnteredBloodPressureIsCorrectedInBothItsValues() {
        Subject subject = Subject.create();
        String pressure = subject.api().body(List.of(Map.of("category", "blood-pressure", "takenAt", "2026-02-01T07:00:00Z",
                "systolic", 140, "diastolic", 90))).post("/api/profiles/{id}/measurements", subject.mainProfileId())
                .then().statusCode(201).extract().path("measurementIds[0]");
        String requestId = subject.fileRequest(Map.of("type", "RECTIFICATION", "profileId", subject.mainProfileId(),
                "corrections", List.of(Map.of("measurementId", Long.valueOf(pressure), "systolic", 120, "diastolic", 80))));

        Desk.withNewAgent().claimAndDecide(requestId, "CORRECT", null);
        awaitEnded(history, Processes.ofRequest(requestId));

        subject.api().get("/api/profiles/{id}/measurements", subject.mainProfileId()).then()
                .body("items[0].systolic", equalTo(120.0f)).body("items[0].diastolic", equalTo(80.0f));
        assertTrue(items(requestId).get(0).oldValue.startsWith("blood-pressure 140/90 mmHg"));
    }

    @Test
    void anAddressCorrectionGoesThroughTheConfirmedAddressChangeAndIsNotWrittenDirectly() {
        Subject subject = Subject.create();
        String right = "right-" + System.nanoTime() + "@example.test";
        String requestId = subject.fileRequest(Map.of("type", "RECTIFICATION", "profileId", subject.mainProfileId(),
                "fields", Map.of("email", right)));
        String process = Processes.ofRequest(requestId);

        Desk.withNewAgent().claimAndDecide(requestId, "CORRECT", null);
        awaitEnded(history, process);

        subject.api().get("/api/accounts/{id}", subject.accountId()).then().body("email", equalTo(subject.email()));
        Mailbox.await(mailbox, right, "Confirm your new email address");
        assertTrue(Mailbox.await(mailbox, subject.email(), DONE_MAIL).getText().contains("link to confirm"));
        assertEquals(RectificationItem.Outcome.CONFIRMATION_ASKED, items(requestId).get(0).outcome);
    }

    @Test
    void readingsOfTheWrongPersonMoveToTheRightProfileOfTheAccountAndTheMoveIsAuditedByIds() throws Exception {
        Subject holder = Subject.create("Ann");
        String robin = holder.addProfile("Robin");
        List<String> weighIns = weighIns(holder, holder.mainProfileId());
        String requestId = holder.fileRequest(Map.of("type", "RECTIFICATION", "profileId", holder.mainProfileId(),
                "measurementIds", weighIns.stream().map(Long::valueOf).toList(), "moveToProfileId", robin,
                "statement", "Robin stepped on the family scale."));
        String process = Processes.ofRequest(requestId);

        Desk.withNewAgent().claimAndDecide(requestId, "MOVE", null);
        awaitEnded(history, process);

        assertEquals(List.of("StartEvent_RectificationRequested", "UserTask_DecideRectification", "Gateway_Decision",
                "Task_MoveReadings", "Gateway_DataChanged", "Task_TellPartners", "Gateway_Done",
                "Task_SendRectifiedMail", "EndEvent_Rectified"), passedActivities(history, process));
        holder.api().get("/api/profiles/{id}/measurements", holder.mainProfileId()).then().body("items", hasSize(0));
        holder.api().get("/api/profiles/{id}/measurements", robin).then().body("items.id", containsInAnyOrder(weighIns.toArray()))
                .body("items[0].source", equalTo("DEVICE"));
        String trail = auditDetail(requestId, "READINGS_MOVED");
        assertEquals("measurements " + weighIns + " to profile " + robin, trail.replace("\"", ""));
        assertTrue(Mailbox.await(mailbox, holder.email(), DONE_MAIL).getText().contains("moved to the profile \"Robin\""));
    }

    @Test
    void aPartnerTheProfileSharesWithIsToldOnceOfAMovedReadingButNotOfAContestedOne() {
        PartnerServer partners = PartnerServer.get();
        Subject holder = Subject.create("Ann");
        String robin = holder.addProfile("Robin");
        String grant = holder.api().body(Map.of("partner", "apple-health")).post("/api/profiles/{id}/partners",
                holder.mainProfileId()).then().statusCode(201).extract().path("grantId");
        List<String> weighIns = weighIns(holder, holder.mainProfileId());
        String contest = holder.fileRequest(Map.of("type", "RECTIFICATION", "profileId", holder.mainProfileId(),
                "measurementIds", List.of(Long.valueOf(weighIns.get(0))), "statement", "Wet feet."));
        Desk desk = Desk.withNewAgent();
        desk.claimAndDecide(contest, "CONTEST", null);
        awaitEnded(history, Processes.ofRequest(contest));
        String move = holder.fileRequest(Map.of("type", "RECTIFICATION", "profileId", holder.mainProfileId(),
                "measurementIds", List.of(Long.valueOf(weighIns.get(1))), "moveToProfileId", robin));

        desk.claimAndDecide(move, "MOVE", null);
        awaitEnded(history, Processes.ofRequest(move));

        await().atMost(Processes.PATIENCE).until(() -> partners.calls("/apple-health/change-notices", grant).size() >= 1);
        List<PartnerServer.Received> told = partners.calls("/apple-health/change-notices", grant);
        assertEquals(1, told.size(), "told of the move only, once");
        JsonPath notice = new JsonPath(told.get(0).body());
        assertEquals("RECTIFIED", notice.getString("kind"));
        assertEquals(move, notice.getString("requestId"));
        assertEquals("GDPR Art. 16 and Art. 19", notice.getString("legalBasis"));
        await().atMost(Processes.PATIENCE).until(() -> Mailbox.matching(mailbox, holder.email(), DONE_MAIL).size() == 2);
        assertEquals(1, Mailbox.matching(mailbox, holder.email(), DONE_MAIL).stream()
                .filter(mail -> mail.getText().contains("partner apps")).count(), "the move's mail says partners are told");
    }

    @Test
    void contestedDeviceReadingsKeepTheirValuesAndShowTheStatementsRequestInTheViewAndTheCopy() {
        Subject subject = Subject.create();
        List<String> weighIns = weighIns(subject, subject.mainProfileId());
        String requestId = subject.fileRequest(Map.of("type", "RECTIFICATION", "profileId", subject.mainProfileId(),
                "measurementIds", List.of(Long.valueOf(weighIns.get(0))),
                "statement", "The scale stood on a carpet that morning."));
        String process = Processes.ofRequest(requestId);

        Desk.withNewAgent().claimAndDecide(requestId, "CONTEST", null);
        awaitEnded(history, process);

        assertEquals(List.of("StartEvent_RectificationRequested", "UserTask_DecideRectification", "Gateway_Decision",
                "Task_MarkContested", "Gateway_Done", "Task_SendRectifiedMail", "EndEvent_Rectified"),
                passedActivities(history, process), "nothing changed that a partner received");
        subject.api().get("/api/profiles/{id}/measurements", subject.mainProfileId()).then()
                .body("items.find { it.id == '" + weighIns.get(0) + "' }.value", equalTo(40.0f))
                .body("items.find { it.id == '" + weighIns.get(0) + "' }.contested", equalTo(true))
                .body("items.find { it.id == '" + weighIns.get(0) + "' }.contestedBy", equalTo(requestId))
                .body("items.find { it.id == '" + weighIns.get(1) + "' }.contested", nullValue());
        assertTrue(Mailbox.await(mailbox, subject.email(), DONE_MAIL).getText().contains("marked as contested"));
    }

    @Test
    void aDeviceReadingAskedToBeCorrectedIsRefusedWithWhatToAskInsteadAndNothingIsStored() {
        Subject subject = Subject.create();
        String weighIn = weighIns(subject, subject.mainProfileId()).get(0);
        long before = rows();

        subject.api().body(Map.of("type", "RECTIFICATION", "profileId", subject.mainProfileId(),
                "corrections", List.of(Map.of("measurementId", Long.valueOf(weighIn), "value", 39, "unit", "kg"))))
                .post("/api/requests").then().statusCode(400).body("field", equalTo("corrections"))
                .body("detail", containsString("measured by a device, and device data is never edited"))
                .body("detail", containsString("contested"));

        assertEquals(before, rows());
        subject.api().get("/api/requests?type=RECTIFICATION").then().body("", hasSize(0));
    }

    @Test
    void badBodiesAreAnswered400NamingTheFieldAndStoreNothing() {
        Subject subject = Subject.create();
        Subject stranger = Subject.create();
        String own = enter(subject, subject.mainProfileId(), 80);
        String others = enter(stranger, stranger.mainProfileId(), 80);
        String profile = subject.mainProfileId();
        long before = rows();

        bad(subject, Map.of("type", "RECTIFICATION", "statement", "wrong"), "profileId");
        bad(subject, Map.of("type", "RECTIFICATION", "profileId", profile), "measurementIds");
        bad(subject, Map.of("type", "RECTIFICATION", "profileId", profile, "statement", "x".repeat(2001)), "statement");
        bad(subject, Map.of("type", "RECTIFICATION", "profileId", profile, "fields", Map.of("height", "2 m")), "fields");
        bad(subject, Map.of("type", "RECTIFICATION", "profileId", profile, "fields", Map.of("profileName", " ")),
                "fields.profileName");
        bad(subject, Map.of("type", "RECTIFICATION", "profileId", profile, "fields", Map.of("email", "nope")),
                "fields.email");
        bad(subject, Map.of("type", "RECTIFICATION", "profileId", profile, "measurementIds", List.of(Long.valueOf(others))),
                "measurementIds");
        bad(subject, Map.of("type", "RECTIFICATION", "profileId", profile, "corrections",
                List.of(Map.of("measurementId", Long.valueOf(own), "value", 70, "unit", "parsec"))), "corrections");
        bad(subject, Map.of("type", "RECTIFICATION", "profileId", profile, "measurementIds", List.of(Long.valueOf(own)),
                "moveToProfileId", stranger.mainProfileId()), "moveToProfileId");
        bad(subject, Map.of("type", "RECTIFICATION", "profileId", profile, "measurementIds", List.of(Long.valueOf(own)),
                "moveToProfileId", profile), "moveToProfileId");
        bad(subject, Map.of("type", "RECTIFICATION", "profileId", profile, "statement", "it was Robin",
                "moveToProfileId", subject.addProfile("Robin")), "measurementIds");

        assertEquals(before, rows(), "no rectification, no item, no request stored");
        subject.api().get("/api/requests?type=RECTIFICATION").then().body("", hasSize(0));
        subject.api().get("/api/profiles/{id}/measurements", profile).then().body("items[0].value", equalTo(80.0f));
    }

    @Test
    void aDecisionTheRequestGivesNothingToActOnIsAnswered400AndTheTaskStaysOpen() {
        Subject subject = Subject.create();
        String weighIn = weighIns(subject, subject.mainProfileId()).get(0);
        String requestId = subject.fileRequest(Map.of("type", "RECTIFICATION", "profileId", subject.mainProfileId(),
                "measurementIds", List.of(Long.valueOf(weighIn)), "statement", "Not me."));
        Desk desk = Desk.withNewAgent();
        String taskId = desk.taskIdOf(requestId);
        desk.staff().api().post("/api/desk/tasks/{id}/claim", taskId).then().statusCode(200);

        desk.staff().api().body(Map.of("decision", "CORRECT")).post("/api/desk/tasks/{id}/complete", taskId).then()
                .statusCode(400).body("field", equalTo("decision")).body("detail", containsString("device readings are never edited"));
        desk.staff().api().body(Map.of("decision", "MOVE")).post("/api/desk/tasks/{id}/complete", taskId).then()
                .statusCode(400).body("detail", containsString("no profile to move readings to"));

        awaitWaitingAt(runtime, Processes.ofRequest(requestId), "UserTask_DecideRectification");
        assertEquals(null, QuarkusTransaction.requiringNew().call(() -> Rectification.<Rectification>findById(requestId).decision));
    }

    @Test
    void theDeskPageShowsWhatThePersonAskedAndTheThreeDecisions() {
        Subject subject = Subject.create("Ann");
        String robin = subject.addProfile("Robin");
        String weighIn = weighIns(subject, subject.mainProfileId()).get(0);
        String requestId = subject.fileRequest(Map.of("type", "RECTIFICATION", "profileId", subject.mainProfileId(),
                "measurementIds", List.of(Long.valueOf(weighIn)), "moveToProfileId", robin,
                "statement", "That was my son."));
        Desk desk = Desk.withNewAgent();
        Map<String, Object> task = desk.taskOf(requestId);
        assertEquals(List.of("CORRECT", "MOVE", "CONTEST"), task.get("decisions"));
        desk.staff().api().post("/api/desk/tasks/{id}/claim", task.get("taskId")).then().statusCode(200);

        desk.staff().api().contentType("").accept("text/html").get("/desk/tasks/{id}", task.get("taskId")).then()
                .statusCode(200).body(containsString("Decide rectification")).body(containsString("That was my son."))
                .body(containsString("Robin")).body(containsString("weight 40 kg")).body(containsString("CONTEST"));
    }

    @Test
    void theStatementAndTheAskedValuesStayOutOfTheEngine() {
        Subject subject = Subject.create();
        String requestId = subject.fileRequest(Map.of("type", "RECTIFICATION", "profileId", subject.mainProfileId(),
                "fields", Map.of("profileName", "Jane Doe"), "statement", "I am Jane Doe, not Jane Roe"));
        String process = Processes.ofRequest(requestId);
        awaitWaitingAt(runtime, process, "UserTask_DecideRectification");
        history.createHistoricVariableInstanceQuery().processInstanceId(process).list().forEach(variable ->
                assertFalse(String.valueOf(variable.getValue()).contains("Jane"), variable.getName()));
    }

    @Test
    void aRectificationOnTheDeskEndsByErasureOfItsProfileAndItsRecordGoesWithIt() {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        String requestId = subject.fileRequest(Map.of("type", "RECTIFICATION", "profileId", profile,
                "fields", Map.of("profileName", "Samuel")));
        String process = Processes.ofRequest(requestId);
        awaitWaitingAt(runtime, process, "UserTask_DecideRectification");

        String erasure = subject.eraseProfile(profile);
        String erasureProcess = Processes.ofRequest(erasure);
        awaitWaitingAt(runtime, erasureProcess, "Event_GracePeriodExpired");
        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        awaitEnded(history, erasureProcess);
        awaitEnded(history, process);

        List<String> path = passedActivities(history, process);
        assertTrue(path.containsAll(List.of("StartEvent_SubjectErased", "EndEvent_EndedByErasure")), path.toString());
        assertFalse(path.contains("Gateway_Decision"), "nobody decided it");
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Rectification.count("requestId", requestId)));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> RectificationItem.count("requestId", requestId)));
    }

    @Test
    void aRectificationRefusedAtTheDeskIsRejectedAndChangesNothingButOnceDecidedItCannotBeRefused() {
        Subject subject = Subject.create("Ann");
        String requestId = subject.fileRequest(Map.of("type", "RECTIFICATION", "profileId", subject.mainProfileId(),
                "fields", Map.of("profileName", "Queen Ann")));
        String process = Processes.ofRequest(requestId);
        awaitWaitingAt(runtime, process, "UserTask_DecideRectification");
        Staff agent = Staff.create("agent");

        agent.api().body(Map.of("reasonKind", "OTHER", "reasons", "The name is a title, not a name."))
                .post("/api/requests/{id}/refusal", requestId).then().statusCode(201).body("status", equalTo("REJECTED"));
        awaitEnded(history, process);

        assertEquals(List.of("StartEvent_RectificationRequested", "UserTask_DecideRectification",
                "StartEvent_RequestRefused", "EndEvent_EndedByRefusal"),
                passedActivities(history, process).stream().filter(a -> !a.startsWith("EventSubProcess")).toList());
        subject.api().get("/api/requests/{id}", requestId).then().body("status", equalTo("REJECTED"));
        subject.api().get("/api/accounts/{id}", subject.accountId()).then().body("profiles[0].name", equalTo("Ann"));

        String decided = subject.fileRequest(Map.of("type", "RECTIFICATION", "profileId", subject.mainProfileId(),
                "fields", Map.of("profileName", "Anne")));
        Processes.awaitWaitingAt(runtime, Processes.ofRequest(decided), "UserTask_DecideRectification");
        aDecidedRequestIsPastRefusing(decided);
    }

    /** A decided request is past refusing: the desk is told why (the changes are made). */
    private void aDecidedRequestIsPastRefusing(String decided) {
        Desk desk = Desk.withNewAgent();
        desk.claimAndDecide(decided, "CORRECT", null);
        desk.staff().api().body(Map.of("reasonKind", "OTHER", "reasons", "Too late."))
                .post("/api/requests/{id}/refusal", decided).then().statusCode(409);
    }

    private static String enter(Subject subject, String profileId, double kg) {
        return subject.api().body(List.of(Map.of("category", "weight", "takenAt", "2026-02-01T07:00:00Z",
                "value", kg, "unit", "kg"))).post("/api/profiles/{id}/measurements", profileId).then().statusCode(201)
                .extract().path("measurementIds[0]");
    }

    private static List<String> weighIns(Subject subject, String profileId) {
        String scale = subject.addDevice(profileId, "body-plus");
        return subject.api().body(List.of(
                Map.of("category", "weight", "takenAt", "2026-02-01T07:00:00Z", "value", 40, "unit", "kg"),
                Map.of("category", "weight", "takenAt", "2026-02-02T07:00:00Z", "value", 41, "unit", "kg")))
                .post("/api/devices/{id}/measurements", scale).then().statusCode(201).extract().path("measurementIds");
    }

    private static void bad(Subject subject, Map<String, Object> body, String field) {
        subject.api().body(body).post("/api/requests").then().statusCode(400).body("field", equalTo(field));
    }

    private static long rows() {
        return QuarkusTransaction.requiringNew().call(() -> Rectification.count() + RectificationItem.count());
    }

    private static List<RectificationItem> items(String requestId) {
        return QuarkusTransaction.requiringNew().call(() -> RectificationItem.list("requestId", requestId));
    }

    private String auditDetail(String requestId, String kind) throws Exception {
        try (var connection = db.getConnection();
                var statement = connection.prepareStatement(
                        "select detail from audit_event where request_id = ? and kind = ?")) {
            statement.setString(1, requestId);
            statement.setString(2, kind);
            try (var result = statement.executeQuery()) {
                assertTrue(result.next(), "no " + kind + " in the trail of " + requestId);
                return result.getString(1);
            }
        }
    }
}
