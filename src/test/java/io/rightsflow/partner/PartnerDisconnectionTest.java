package io.rightsflow.partner;

import static io.rightsflow.partner.PartnerDeliveryTest.link;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.PartnerServer;
import io.rightsflow.support.PartnerServer.Received;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import io.rightsflow.system.Signatures;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("database")
class PartnerDisconnectionTest {

    static final String GOOGLE_FIT_NOTICES = "/google-fit/erasure-notices";
    static final String APPLE_NOTICES = "/apple-health/erasure-notices";

    final PartnerServer partners = PartnerServer.get();

    @Inject
    MockMailbox mailbox;

    @Inject
    HistoryService history;

    @Inject
    RuntimeService runtime;

    @Inject
    ManagementService management;

    @AfterEach
    void clearScripts() {
        partners.clearScript(GOOGLE_FIT_NOTICES);
        partners.clearScript(APPLE_NOTICES);
    }

    @Test
    void theDisconnectedMailSaysThatWhatWasSharedIsNotDeletedAndThePartnerHearsOfTheRevocation() {
        Subject subject = Subject.create();
        String grant = link(subject, "apple-health", null);
        String requestId = disconnect(subject, "apple-health", false);

        Mail mail = Mailbox.await(mailbox, subject.email(), "partner app has been disconnected");
        assertTrue(mail.getText().contains("Apple Health already received is not deleted by the disconnection"),
                mail.getText());
        await().atMost(Processes.PATIENCE).until(() -> partners.calls("/apple-health/revocations", grant).size() == 1);
        Processes.awaitEnded(history, Processes.ofRequest(requestId));
        assertEquals(0, partners.calls(APPLE_NOTICES, grant).size(), "no erasure notice unless asked");
        assertEquals(0, Mailbox.matching(mailbox, subject.email(), "reached the partner").size());
    }

    @Test
    void aPartnerThatRefusesThreeTimesGetsTheErasureNoticeExactlyOnceAndThePersonIsTold() throws Exception {
        partners.script(GOOGLE_FIT_NOTICES, 500, 500, 500);
        Subject subject = Subject.create();
        String grant = link(subject, "google-fit", null);
        String requestId = disconnect(subject, "google-fit", true);

        Mailbox.await(mailbox, subject.email(), "reached the partner");
        Processes.awaitEnded(history, Processes.ofRequest(requestId));
        Thread.sleep(1500);
        List<Received> notices = partners.calls(GOOGLE_FIT_NOTICES, grant);
        assertEquals(List.of(500, 500, 500, 200), notices.stream().map(Received::answered).toList());
        assertEquals(1, notices.stream().map(Received::idempotencyKey).distinct().count(), "one notice, retried");
        Received accepted = notices.get(3);
        assertEquals(Signatures.of("google-fit-test-secret", accepted.timestamp(), accepted.nonce(),
                accepted.body().getBytes(StandardCharsets.UTF_8)), accepted.signature());
        assertEquals(4, notices.stream().map(Received::nonce).distinct().count(),
                "each try is signed afresh with its own nonce, so a partner can refuse a replay and still take a retry");
        JsonPath body = new JsonPath(accepted.body());
        assertEquals("erasure-notice", body.getString("type"));
        assertEquals(requestId, body.getString("requestId"));
        assertTrue(body.getList("categories").contains("weight"));
        assertEquals(1, Mailbox.matching(mailbox, subject.email(), "reached the partner").size());
        assertEquals(0, partners.calls("/google-fit/revocations", grant).size(), "Google Fit has no revocation URL");
    }

    @Test
    void aPartnerThatNeverAnswersBecomesAnIncidentThatStaffSeeAndTheSubjectSeesAsADelayUntilAnOperatorRetries() {
        partners.script(APPLE_NOTICES, PartnerServer.NO_ANSWER, PartnerServer.NO_ANSWER, PartnerServer.NO_ANSWER,
                PartnerServer.NO_ANSWER, PartnerServer.NO_ANSWER, PartnerServer.NO_ANSWER);
        Subject subject = Subject.create();
        String grant = link(subject, "apple-health", null);
        String requestId = disconnect(subject, "apple-health", true);
        String process = Processes.ofRequest(requestId);

        await().atMost(Processes.PATIENCE).until(() ->
                management.createJobQuery().processInstanceId(process).withException().count() == 1);
        // Use up the retries at once rather than waiting through the whole retry cycle.
        String job = management.createJobQuery().processInstanceId(process).singleResult().getId();
        management.setJobRetries(job, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> runtime.createIncidentQuery().processInstanceId(process).count() == 1);
        Staff.create("agent").api().get("/api/requests/{id}", requestId).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("incidents", hasSize(1))
                .body("incidents[0].step", equalTo("Task_SendErasureNotice"))
                .body("incidents[0].message", containsString("no answer in time"));
        subject.api().get("/api/requests/{id}", requestId).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("$", not(hasKey("incidents")))
                .body("notice", containsString("we are working on it"))
                .body(not(containsString("no answer in time")));

        partners.clearScript(APPLE_NOTICES);
        management.setJobRetries(job, 1);
        Processes.awaitEnded(history, process);
        subject.api().get("/api/requests/{id}", requestId).then().body("status", equalTo("COMPLETED"))
                .body("$", not(hasKey("notice")));
        assertTrue(partners.calls(APPLE_NOTICES, grant).stream().anyMatch(r -> r.answered() == 200));
    }

    @Test
    void aNoticeToAPartnerThatTakesNoneIsRefusedAndNothingChanges() {
        Subject subject = Subject.create();
        link(subject, "nest", null);
        subject.api().body(Map.of("type", "PARTNER_DISCONNECTION", "profileId", subject.mainProfileId(),
                "partner", "nest", "notifyErasure", true)).post("/api/requests").then().statusCode(409)
                .body("detail", containsString("does not take erasure notices"));
        subject.api().get("/api/profiles/{id}/partners", subject.mainProfileId()).then()
                .body("[0].status", equalTo("ACTIVE"));
        subject.api().get("/api/requests?type=PARTNER_DISCONNECTION").then().body("size()", equalTo(0));
    }

    private static String disconnect(Subject subject, String partner, boolean notifyErasure) {
        return subject.fileRequest(Map.of("type", "PARTNER_DISCONNECTION", "profileId", subject.mainProfileId(),
                "partner", partner, "notifyErasure", notifyErasure));
    }
}
