package io.rightsflow.downstream;

import static io.rightsflow.support.Processes.awaitEnded;
import static io.rightsflow.support.Processes.awaitWaitingAt;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.rightsflow.request.RequestStatus;
import io.rightsflow.request.Requests;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Rows;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import io.rightsflow.support.SystemParts;
import io.rightsflow.support.Warehouse;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A manual system (the support tool: body temperature, product "thermo") is worked at the desk,
 * through the JSON API: the evidence is required, the request completes once it is recorded, and
 * the certificate and the timeline show every system with its outcome.
 */
@QuarkusTest
@Tag("database")
@TestProfile(DownstreamSystemsProfile.class)
class ManualSystemTest {

    static final String BY_HAND = "UserTask_CarryOutByHand";

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    Requests requests;

    @Inject
    AgroalDataSource db;

    @AfterEach
    void reset() {
        EngineTime.reset();
    }

    @Test
    void theSupportToolIsCarriedOutByHandOnlyWithTheReferenceOfItsEvidenceAndThenTheErasureCompletes() {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        subject.addDevice(profile, "thermo");
        String requestId = erasedPastGrace(runtime, subject, profile);
        Staff agent = Staff.create("agent");
        Staff auditor = Staff.create("auditor");

        Map<String, Object> task = taskAt(agent, requestId, BY_HAND);
        assertThat((String) task.get("about"), containsString("system Support tool (manual)"));
        await().atMost(Processes.PATIENCE).untilAsserted(() -> auditor.api().get("/api/audit/erasures/{id}", requestId)
                .then().statusCode(200).body("systems[0].system", equalTo("support"))
                .body("systems[0].status", equalTo("AT_DESK")).body("systems[0].settled", equalTo(false)));
        String taskId = (String) task.get("taskId");
        agent.api().post("/api/desk/tasks/{id}/claim", taskId).then().statusCode(200);

        agent.api().body(Map.of("decision", "DONE_BY_HAND", "reason", "Deleted the person's tickets in the support tool."))
                .post("/api/desk/tasks/{id}/complete", taskId).then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("reference"))
                .body("detail", containsString("reference"));

        assertEquals(taskId, taskAt(agent, requestId, BY_HAND).get("taskId"), "the task is still open");
        SystemCall untouched = call(requestId, "support");
        assertNull(untouched.decidedBy);
        assertNull(untouched.evidence);
        assertEquals(SystemCall.Status.PENDING, untouched.status);
        assertNotEquals("COMPLETED", status(subject, requestId));

        agent.api().body(Map.of("decision", "DONE_BY_HAND", "reason", "Deleted the person's tickets in the support tool.",
                "reference", "SUP-7781")).post("/api/desk/tasks/{id}/complete", taskId).then().statusCode(204);

        await().atMost(Processes.PATIENCE).until(() -> "COMPLETED".equals(status(subject, requestId)));
        SystemCall done = call(requestId, "support");
        assertEquals(SystemCall.Status.DONE_BY_HAND, done.status);
        assertEquals("agent:" + agent.username(), done.decidedBy);
        assertEquals("Deleted the person's tickets in the support tool.", done.evidence);
        assertEquals("SUP-7781", done.evidenceReference);
        assertThat(done.answeredAt, notNullValue());
    }

    @Test
    void theCertificateAndTheTimelineListEverySystemOfEachKindTheErasureReachedWithItsOutcomeTimeAndCount() {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        subject.addDevice(profile, "home");
        subject.addDevice(profile, "thermo");
        subject.addDevice(profile, "bpm");
        Warehouse.ready();
        Warehouse.holdRowsOf(profile);
        String requestId = erasedPastGrace(runtime, subject, profile);
        Staff agent = Staff.create("agent");
        Staff auditor = Staff.create("auditor");
        await().atMost(Processes.PATIENCE).ignoreExceptions().until(() -> call(requestId, "camera").status == SystemCall.Status.COMPLETED);
        String taskId = (String) taskAt(agent, requestId, BY_HAND).get("taskId");
        agent.api().post("/api/desk/tasks/{id}/claim", taskId).then().statusCode(200);
        agent.api().body(Map.of("decision", "DONE_BY_HAND", "reason", "Tickets deleted.", "reference", "SUP-12"))
                .post("/api/desk/tasks/{id}/complete", taskId).then().statusCode(204);
        await().atMost(Processes.PATIENCE).until(() -> "COMPLETED".equals(status(subject, requestId)));

        JsonPath certificate = auditor.api().get("/api/audit/erasures/{id}", requestId).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("camera", "support", "warehouse"), certificate.getList("systems.system"),
                "a webhook, a manual and an sql system");
        assertEquals(List.of("Camera service", "Support tool", "Analytics warehouse"), certificate.getList("systems.name"));
        assertEquals(List.of("COMPLETED", "DONE_BY_HAND", "COMPLETED"), certificate.getList("systems.status"));
        assertEquals(3, certificate.getInt("systems[2].count"), "two rows deleted and one anonymised in the warehouse");
        assertEquals(0, certificate.getInt("systems[0].count"), "the rows the camera service reported");
        assertThat(certificate.getString("systems[0].answeredAt"), notNullValue());
        assertThat(certificate.getString("systems[1].answeredAt"), notNullValue());
        assertEquals("SUP-12", certificate.getString("systems[1].evidenceReference"));
        assertEquals("agent:" + agent.username(), certificate.getString("systems[1].decidedBy"));
        auditor.api().get("/api/audit/erasures?subjectId={id}", profile).then().statusCode(200)
                .body("[0].systems.system", equalTo(List.of("camera", "support", "warehouse")));

        JsonPath timeline = auditor.api().get("/api/audit/requests/{id}", requestId).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("COMPLETED", "DONE_BY_HAND", "COMPLETED"), timeline.getList("systems.status"));
        List<String> details = timeline.getList("events.detail");
        assertThat(details, hasItem(containsString("system=camera called back count=0")));
        assertThat(details, hasItem(containsString("DONE_BY_HAND system=support, note: Tickets deleted., reference: SUP-12")));
        assertThat(timeline.getList("events.detail"), hasItem(containsString("UserTask_CarryOutByHand")));
    }

    @Test
    void anErasureOfTheAccountLetsAnEarlierProfileErasureThatWaitsOnlyForItsSystemsFinishOnItsOwn() throws Exception {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        subject.addDevice(profile, "thermo");
        String profileErasure = erasedPastGrace(runtime, subject, profile);
        Staff agent = Staff.create("agent");
        String taskId = (String) taskAt(agent, profileErasure, BY_HAND).get("taskId");
        // purged and removed: only its call to the support tool, still on the desk, names it
        await().atMost(Processes.PATIENCE).until(() -> Rows.mentioning(db, profile) == 1);

        String accountErasure = subject.fileRequest(Map.of("type", "ACCOUNT_ERASURE", "accountId", subject.accountId()));
        String accountProcess = Processes.ofRequest(accountErasure);
        awaitWaitingAt(runtime, accountProcess, "Event_GracePeriodExpired");
        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(14)).plusSeconds(120));
        awaitEnded(history, accountProcess);

        assertEquals(RequestStatus.IN_PROGRESS, statusOf(profileErasure),
                "the account's erasure did not cut it short: the support tool still has to erase the profile");
        agent.api().post("/api/desk/tasks/{id}/claim", taskId).then().statusCode(200);
        agent.api().body(Map.of("decision", "DONE_BY_HAND", "reason", "Tickets deleted.", "reference", "SUP-3"))
                .post("/api/desk/tasks/{id}/complete", taskId).then().statusCode(204);
        await().atMost(Processes.PATIENCE).until(() -> statusOf(profileErasure) == RequestStatus.COMPLETED);
        assertEquals(SystemCall.Status.DONE_BY_HAND, call(profileErasure, "support").status);
        assertEquals(0, Rows.mentioning(db, profile) + Rows.mentioning(db, subject.accountId()),
                "nothing names the profile or the account once both are erased");
    }

    @Test
    void anAccessRequestRefusedWhileASystemIsStillAskedCancelsThatCallAndDropsWhatTheOthersReturned() throws Exception {
        Subject subject = Subject.create("Sam");
        subject.addDevice(subject.mainProfileId(), "home");
        subject.addDevice(subject.mainProfileId(), "thermo");
        String requestId = subject.fileRequest(Map.of("type", "ACCESS", "profileId", subject.mainProfileId()));
        Staff agent = Staff.create("agent");
        taskAt(agent, requestId, BY_HAND);
        await().atMost(Processes.PATIENCE).until(() -> call(requestId, "camera").status == SystemCall.Status.COMPLETED);
        assertEquals(1, SystemParts.kept(db, requestId), "the camera's part waits for the copy");

        agent.api().body(Map.of("reasonKind", "OTHER", "reasons", "The same copy was sent yesterday."))
                .post("/api/requests/{id}/refusal", requestId).then().statusCode(201);

        await().atMost(Processes.PATIENCE).until(() -> call(requestId, "support").status == SystemCall.Status.CANCELLED);
        SystemCall cancelled = call(requestId, "support");
        assertNull(cancelled.profileId);
        assertNull(cancelled.accountId);
        assertEquals(0, SystemParts.kept(db, requestId), "no copy will be built: what the systems returned is gone");
        assertEquals(0, agent.api().get("/api/desk/tasks").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.requestId == '" + requestId + "' }").size(), "its desk task went with it");
    }

    private RequestStatus statusOf(String requestId) {
        return QuarkusTransaction.requiringNew().call(() -> requests.find(requestId).status());
    }


    /** Erased, its grace period over: the purge and the systems' processes run side by side. */
    static String erasedPastGrace(RuntimeService runtime, Subject subject, String profile) {
        String requestId = subject.eraseProfile(profile);
        awaitWaitingAt(runtime, Processes.ofRequest(requestId), "Event_GracePeriodExpired");
        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        return requestId;
    }

    /** The open desk task of this kind of the request (an erasure may have others on the desk). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> taskAt(Staff agent, String requestId, String taskKey) {
        return await().atMost(Processes.PATIENCE).until(() -> agent.api().get("/api/desk/tasks").then().statusCode(200)
                .extract().jsonPath().getList("", Map.class).stream()
                .filter(t -> requestId.equals(t.get("requestId")) && taskKey.equals(t.get("taskKey")))
                .map(t -> (Map<String, Object>) t).findFirst().orElse(null), t -> t != null);
    }

    static SystemCall call(String requestId, String systemId) {
        return QuarkusTransaction.requiringNew().call(() -> SystemCall.of(requestId).stream()
                .filter(c -> c.systemId.equals(systemId)).findFirst().orElseThrow());
    }

    static String status(Subject subject, String requestId) {
        return subject.api().get("/api/requests/{id}", requestId).then().statusCode(200).extract().path("status");
    }
}
