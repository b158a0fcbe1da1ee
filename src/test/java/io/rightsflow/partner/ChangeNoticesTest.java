package io.rightsflow.partner;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.rightsflow.support.PartnerServer;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Subject;
import io.rightsflow.system.Signatures;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** GDPR Art. 19 for a change that is not an erasure: each partner linked now is told, signed, once. */
@QuarkusTest
@Tag("database")
class ChangeNoticesTest {

    final PartnerServer partners = PartnerServer.get();

    @Inject
    ChangeNotices changeNotices;

    @Inject
    HistoryService history;

    @Test
    void eachActiveLinkToAPartnerTakingNoticesIsToldOfTheChangeOnceAndTheLinkStays() {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        String apple = link(subject, profile, "apple-health");
        String runkeeper = link(subject, profile, "runkeeper");
        link(subject, profile, "myfitnesspal"); // takes no notices
        String requestId = UUID.randomUUID().toString();

        int started = QuarkusTransaction.requiringNew().call(() -> changeNotices.startFor(requestId, profile, "RESTRICTED"));

        assertEquals(2, started, "the partner without a change-notice-url is skipped");
        for (var told : Map.of("/apple-health/change-notices", apple, "/runkeeper/change-notices", runkeeper).entrySet()) {
            await().atMost(Processes.PATIENCE).until(() -> partners.calls(told.getKey(), told.getValue()).size() == 1);
        }
        PartnerServer.Received notice = partners.calls("/apple-health/change-notices", apple).get(0);
        assertEquals(Signatures.of("apple-health-test-secret", notice.timestamp(), notice.nonce(),
                notice.body().getBytes(StandardCharsets.UTF_8)), notice.signature());
        JsonPath body = new JsonPath(notice.body());
        assertEquals("change-notice", body.getString("type"));
        assertEquals("RESTRICTED", body.getString("kind"));
        assertEquals(requestId, body.getString("requestId"));
        assertEquals("GDPR Art. 18 and Art. 19", body.getString("legalBasis"));
        assertEquals(0, partners.calls("/apple-health/revocations", apple).size(), "a change revokes nothing");
        String status = QuarkusTransaction.requiringNew().call(() -> PartnerGrant.<PartnerGrant>findById(apple).status.name());
        assertEquals("ACTIVE", status);
        List<String> processes = history.createHistoricProcessInstanceQuery().processDefinitionKey("partner-erasure-notice")
                .processInstanceBusinessKey(requestId).list().stream().map(p -> p.getId()).toList();
        assertEquals(2, processes.size(), "one process per partner, under the request's id");
        processes.forEach(p -> Processes.awaitEnded(history, p));
        processes.forEach(p -> assertEquals(List.of("StartEvent_NoticeDue", "Gateway_NoticeAttempt", "Task_NotifyPartner",
                "EndEvent_PartnerNotified"), Processes.passedActivities(history, p)));
    }

    @Test
    void theSameChangeIsNotStartedTwiceButItsLiftingIsAndARevokedLinkIsNotTold() {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        String apple = link(subject, profile, "apple-health");
        String google = link(subject, profile, "google-fit");
        QuarkusTransaction.requiringNew().run(() -> PartnerGrant.<PartnerGrant>findById(google).status = PartnerGrant.Status.REVOKED);
        String requestId = UUID.randomUUID().toString();

        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> changeNotices.startFor(requestId, profile, "RESTRICTED")));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> changeNotices.startFor(requestId, profile, "RESTRICTED")));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> changeNotices.startFor(requestId, profile, "RESTRICTION_LIFTED")));

        await().atMost(Processes.PATIENCE).until(() -> partners.calls("/apple-health/change-notices", apple).size() == 2);
        assertEquals(List.of("RESTRICTED", "RESTRICTION_LIFTED"), partners.calls("/apple-health/change-notices", apple).stream()
                .map(r -> new JsonPath(r.body()).getString("kind")).sorted().toList());
        assertEquals(0, partners.calls("/google-fit/change-notices", google).size());
        NoticeToPartner lifted = QuarkusTransaction.requiringNew().call(() -> NoticeToPartner.<NoticeToPartner>find(
                "requestId = ?1 and kind = ?2", requestId, NoticeToPartner.Kind.RESTRICTION_LIFTED).firstResult());
        assertNull(lifted.revokedAt);
    }

    private static String link(Subject subject, String profileId, String partner) {
        return subject.api().body(Map.of("partner", partner)).post("/api/profiles/{id}/partners", profileId).then()
                .statusCode(201).extract().path("grantId");
    }
}
