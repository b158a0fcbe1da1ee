package io.rightsflow.erasure;

import static io.rightsflow.support.Processes.awaitEnded;
import static io.rightsflow.support.Processes.awaitWaitingAt;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.PartnerServer;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Rows;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GDPR Art. 19: an erasure disconnects every partner of the erased profiles and notifies each before the purge. */
@QuarkusTest
class ErasureNoticesTest {

    final PartnerServer partners = PartnerServer.get();

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    MockMailbox mailbox;

    @Inject
    AgroalDataSource db;

    @AfterEach
    void reset() {
        EngineTime.reset();
    }

    @Test
    void erasingAProfileWithTwoPartnersNotifiesBothBeforeThePurgeAndTheFinalMailNamesThem() throws Exception {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        String apple = link(subject, profile, "apple-health");
        String google = link(subject, profile, "google-fit");
        String requestId = subject.eraseProfile(profile);
        String process = Processes.ofRequest(requestId);
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");
        assertEquals(0, partners.calls("/apple-health/erasure-notices", apple).size(), "nothing during the grace period");

        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        awaitEnded(history, process);

        for (var notified : Map.of("/apple-health/erasure-notices", apple, "/google-fit/erasure-notices", google).entrySet()) {
            List<PartnerServer.Received> notices = partners.calls(notified.getKey(), notified.getValue());
            assertEquals(1, notices.size(), notified.getKey());
            assertEquals(requestId, new JsonPath(notices.get(0).body()).getString("requestId"));
        }
        assertEquals(1, partners.calls("/apple-health/revocations", apple).size());
        List<String> path = Processes.passedActivities(history, process);
        assertEquals(2, path.stream().filter("Task_NotifyPartnersOfErasure"::equals).count(), path.toString());
        assertTrue(path.lastIndexOf("Task_NotifyPartnersOfErasure") < path.indexOf("Task_PurgeProfileData"), path.toString());
        Mail completed = Mailbox.await(mailbox, subject.email(), "Your profile has been deleted");
        assertTrue(completed.getText().contains("(Apple Health, Google Fit)"), completed.getText());
        assertEquals(0, Rows.mentioning(db, profile), "its links are purged with it");
        assertEquals(0, Rows.mentioning(db, apple) + Rows.mentioning(db, google) - partnerCallsOf(apple, google),
                "only the record of what the partners accepted keeps the link ids");
        assertIdsOnly(process);
    }

    @Test
    void erasingAnAccountNotifiesThePartnersOfItsProfile() {
        Subject subject = Subject.create();
        String runkeeper = link(subject, subject.mainProfileId(), "runkeeper");
        String requestId = subject.fileRequest(Map.of("type", "ACCOUNT_ERASURE", "accountId", subject.accountId()));
        String process = Processes.ofRequest(requestId);
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");

        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        awaitEnded(history, process);

        await().atMost(Processes.PATIENCE).until(() ->
                partners.calls("/runkeeper/erasure-notices", runkeeper).size() == 1);
        Mail completed = Mailbox.await(mailbox, subject.email(), "Your account has been deleted");
        assertTrue(completed.getText().contains("(Runkeeper)"), completed.getText());
    }

    @Test
    void anErasureWithoutPartnersSaysNothingOfThem() {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        String process = Processes.ofRequest(subject.eraseProfile(profile));
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");
        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        awaitEnded(history, process);
        Mail completed = Mailbox.await(mailbox, subject.email(), "Your profile has been deleted");
        assertFalse(completed.getText().contains("erasure notice"), completed.getText());
    }

    private static String link(Subject subject, String profileId, String partner) {
        return subject.api().body(Map.of("partner", partner)).post("/api/profiles/{id}/partners", profileId).then()
                .statusCode(201).extract().path("grantId");
    }

    private long partnerCallsOf(String... grants) throws Exception {
        long calls = 0;
        for (String grant : grants) {
            try (var connection = db.getConnection(); var statement = connection.prepareStatement(
                    "select count(*) from partner_call where grant_id = ?")) {
                statement.setString(1, grant);
                try (var result = statement.executeQuery()) {
                    result.next();
                    calls += result.getLong(1);
                }
            }
        }
        return calls;
    }

    private void assertIdsOnly(String process) {
        Set<String> allowed = Set.of("requestId", "profileId", "accountId", "purgeComplete", "grantId",
                "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances", "loopCounter");
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(process).list()) {
            assertTrue(allowed.contains(v.getName()) || v.getName().startsWith("purged_"), "unexpected variable " + v.getName());
            assertFalse(String.valueOf(v.getValue()).contains("@"), v.getName());
        }
    }
}
