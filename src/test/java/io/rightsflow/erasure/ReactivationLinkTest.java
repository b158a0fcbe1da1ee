package io.rightsflow.erasure;

import static io.restassured.RestAssured.given;
import static io.rightsflow.support.Processes.awaitEnded;
import static io.rightsflow.support.Processes.awaitWaitingAt;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReactivationLinkTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    AgroalDataSource db;

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    record Pending(Subject subject, String profileId, String requestId, String process, String link) {
    }

    Pending pendingErasure() {
        Subject subject = Subject.create();
        String child = subject.addProfile("Robin");
        String requestId = subject.eraseProfile(child);
        String process = Processes.ofRequest(requestId);
        String text = Mailbox.await(mailbox, subject.email(), "scheduled for deletion").getText();
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");
        return new Pending(subject, child, requestId, process, Mailbox.linkPathAfter(text, "Changed your mind?"));
    }

    @Test
    void openingTheLinkShowsAButtonAndChangesNothing() {
        Pending p = pendingErasure();
        for (int i = 0; i < 3; i++) {
            given().get(p.link()).then().statusCode(200)
                    .contentType(containsString("text/html"))
                    .body(containsString("<form method=\"post\">"))
                    .body(containsString("Reactivate my profile"));
        }
        assertEquals("GRACE_PERIOD", statusOf(p));
        assertEquals("PENDING_DELETION", profileStatus(p));
    }

    @Test
    void confirmingOnThePageReactivatesOnceAndAReplayIsGone() {
        Pending p = pendingErasure();
        given().post(p.link()).then().statusCode(200).body(containsString("has been reactivated"));
        awaitEnded(history, p.process());
        assertEquals("CANCELLED", statusOf(p));
        assertEquals("ACTIVE", profileStatus(p));

        given().post(p.link()).then().statusCode(410).body(containsString("already been used"));
        given().get(p.link()).then().statusCode(410).body(containsString("already been used"));
        Mailbox.await(mailbox, p.subject().email(), "has been reactivated");
        assertEquals(1, Mailbox.matching(mailbox, p.subject().email(), "has been reactivated").size());
    }

    @Test
    void anExpiredLinkIsGoneAndChangesNothing() {
        Pending p = pendingErasure();
        // Link and grace period end together: past it, the timer purges and the link is expired.
        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        given().get(p.link()).then().statusCode(410).body(containsString("expired"));
        given().post(p.link()).then().statusCode(410).body(containsString("expired"));
        awaitEnded(history, p.process());
        assertEquals("COMPLETED", statusOf(p));
    }

    @Test
    void aForgedLinkIsUnknownAndChangesNothing() {
        Pending p = pendingErasure();
        String forged = p.link().substring(0, p.link().length() - 4) + "AAAA";
        given().get(forged).then().statusCode(404).body(containsString("not valid"));
        given().post(forged).then().statusCode(404).body(containsString("not valid"));
        given().post("/links/x").then().statusCode(404);
        assertEquals("GRACE_PERIOD", statusOf(p));
        assertEquals("PENDING_DELETION", profileStatus(p));
    }

    @Test
    void aLinkOfARequestReactivatedElsewhereSaysSoAndStaysUnused() throws Exception {
        Pending p = pendingErasure();
        p.subject().api().post("/api/profiles/{id}/reactivation", p.profileId()).then().statusCode(200);
        awaitEnded(history, p.process());
        // The reactivation revoked the request's remaining links: the page says it can no longer act.
        given().get(p.link()).then().statusCode(410).body(containsString("Nothing was changed"));
        given().post(p.link()).then().statusCode(410).body(containsString("Nothing was changed"));
        assertEquals(0, usedLinksOf(p.requestId()), "the mailed link was never used");
        assertEquals("CANCELLED", statusOf(p));
        assertEquals("ACTIVE", profileStatus(p));
    }

    private long usedLinksOf(String requestId) throws Exception {
        try (var connection = db.getConnection(); var query = connection.prepareStatement(
                "select count(*) from link_token where request_id = ? and used_at is not null")) {
            query.setString(1, requestId);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static String statusOf(Pending p) {
        return p.subject().api().get("/api/requests/{id}", p.requestId()).then().statusCode(200)
                .extract().path("status");
    }

    private static String profileStatus(Pending p) {
        return p.subject().api().get("/api/accounts/{id}", p.subject().accountId()).then().statusCode(200)
                .extract().path("profiles.find { it.profileId == '" + p.profileId() + "' }.status");
    }
}
