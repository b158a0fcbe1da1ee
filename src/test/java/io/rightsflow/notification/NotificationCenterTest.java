package io.rightsflow.notification;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NotificationCenterTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    org.camunda.bpm.engine.ManagementService management;

    @Test
    void theCenterListsOnlyOptionalKindsAllOnAtFirst() {
        Subject subject = Subject.create();
        Map<String, Boolean> kinds = subject.api().get("/api/accounts/{id}/notifications", subject.accountId()).then()
                .statusCode(200).extract().jsonPath().getMap("kinds");
        assertEquals(Map.of("weekly-summary", true, "tips", true, "product-news", true, "challenge-updates", true), kinds);
        subject.api().body(Map.of("kinds", Map.of("export-ready", false)))
                .put("/api/accounts/{id}/notifications", subject.accountId()).then().statusCode(400)
                .body("detail", containsString("always sent"));
    }

    @Test
    void aKindTurnedOffIsNotMailedAndLeavesTheTimelineWhileDataRightsMailsStillGo() {
        Subject off = Subject.create();
        Subject on = Subject.create();
        for (Subject subject : java.util.List.of(off, on)) { // tips are direct marketing: off until consent is given
            subject.api().put("/api/profiles/{id}/consents/direct-marketing", subject.mainProfileId()).then()
                    .statusCode(200);
        }
        String title = "Tip " + System.nanoTime();
        broadcast(title);
        Mailbox.await(mailbox, off.email(), "News from your health devices");
        off.api().get("/api/accounts/{id}/timeline", off.accountId()).then()
                .body("findAll { it.title == '" + title + "' }", hasSize(1));

        off.api().body(Map.of("kinds", Map.of("tips", false))).put("/api/accounts/{id}/notifications", off.accountId())
                .then().statusCode(200).body("kinds.tips", equalTo(false)).body("kinds.product-news", equalTo(true));
        off.api().get("/api/accounts/{id}/timeline", off.accountId()).then().body("kind", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasItem("tips")));
        String second = "Tip " + System.nanoTime();
        broadcast(second);
        await().atMost(Processes.PATIENCE).until(() -> !Mailbox.matching(mailbox, on.email(), "News").isEmpty()
                && Mailbox.matching(mailbox, on.email(), "News").size() == 2);

        assertEquals(1, Mailbox.matching(mailbox, off.email(), "News from your health devices").size(),
                "no tip after turning tips off");
        off.fileRequest(Map.of("type", "EXPORT", "profileId", off.mainProfileId()));
        Mailbox.await(mailbox, off.email(), "ready to download");
    }

    @Test
    void theWeeklySummaryTellsThoseWhoWalkedLastWeekAndHaveItOnTheirOwnStepsButNotWhoseDataIsRestricted() {
        Subject walker = Subject.create();
        Subject quiet = Subject.create();
        Subject restricted = Subject.create();
        String restrictedTracker = restricted.addDevice(restricted.mainProfileId(), "pulse");
        String tracker = walker.addDevice(walker.mainProfileId(), "pulse");
        String quietTracker = quiet.addDevice(quiet.mainProfileId(), "pulse");
        String lastWeek = java.time.Instant.now().minus(java.time.Duration.ofDays(7)).toString();
        walker.api().body(Map.of("category", "steps", "takenAt", lastWeek, "value", 12345, "unit", "steps"))
                .post("/api/devices/{id}/measurements", tracker).then().statusCode(201);
        quiet.api().body(Map.of("category", "steps", "takenAt", lastWeek, "value", 999, "unit", "steps"))
                .post("/api/devices/{id}/measurements", quietTracker).then().statusCode(201);
        quiet.api().body(Map.of("kinds", Map.of("weekly-summary", false)))
                .put("/api/accounts/{id}/notifications", quiet.accountId()).then().statusCode(200);
        restricted.api().body(Map.of("category", "steps", "takenAt", lastWeek, "value", 777, "unit", "steps"))
                .post("/api/devices/{id}/measurements", restrictedTracker).then().statusCode(201);
        restricted.fileRequest(Map.of("type", "RESTRICTION", "profileId", restricted.mainProfileId(),
                "ground", "LEGAL_CLAIMS"));

        org.camunda.bpm.engine.runtime.Job week = management.createJobQuery().processDefinitionKey("weekly-summary")
                .timers().singleResult();
        management.executeJob(week.getId());

        String text = Mailbox.await(mailbox, walker.email(), "News from your health devices").getText();
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("12,345 steps"), text);
        walker.api().get("/api/accounts/{id}/timeline", walker.accountId()).then()
                .body("findAll { it.kind == 'weekly-summary' }", hasSize(1));
        await().atMost(Processes.PATIENCE).until(() -> management.createJobQuery().processDefinitionKey("notification")
                .executable().count() == 0);
        assertEquals(0, Mailbox.matching(mailbox, quiet.email(), "News").size());
        restricted.api().get("/api/accounts/{id}/timeline", restricted.accountId()).then()
                .body("findAll { it.kind == 'weekly-summary' }", hasSize(0));
        org.junit.jupiter.api.Assertions.assertNotNull(management.createJobQuery().processDefinitionKey("weekly-summary")
                .timers().singleResult(), "next week's timer is there");
    }

    @Test
    void onlyAnAdminBroadcastsAndOnlyTipsOrNews() {
        Staff.create("agent").api().body(Map.of("title", "t", "text", "x")).post("/api/notifications/tips").then()
                .statusCode(403);
        Staff.ADMIN.api().body(Map.of("title", "t", "text", "x")).post("/api/notifications/challenge-updates").then()
                .statusCode(400);
    }

    private static void broadcast(String title) {
        Staff.ADMIN.api().body(Map.of("title", title, "text", "Drink water.")).post("/api/notifications/tips").then()
                .statusCode(200);
    }

}
