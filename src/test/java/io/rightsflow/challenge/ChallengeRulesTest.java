package io.rightsflow.challenge;

import static io.restassured.RestAssured.given;
import static io.rightsflow.challenge.ChallengeTest.activity;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.rightsflow.account.Accounts;
import io.rightsflow.account.AddressConfirmed;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.MinuteData;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Simultaneously;
import io.rightsflow.support.Subject;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Challenges show only what the guide promises (issue 17, sections 2, 4 and 5). */
@QuarkusTest
@Tag("database")
class ChallengeRulesTest {

    @Inject
    AgroalDataSource db;

    @Inject
    RuntimeService runtime;

    @Inject
    MockMailbox mailbox;

    @Inject
    Event<AddressConfirmed> confirmations;

    @Inject
    Accounts accounts;

    @Inject
    ChallengeData challengeData;

    @Inject
    InvitationData invitationData;

    @Inject
    SessionFactory sessions;

    @ConfigProperty(name = "rightsflow.challenge.invitations-per-day")
    int perDay;

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void aStartInThePastIsRefusedAndCreatesNothingWhileAStartWithinTheClockSkewIsNow() throws Exception {
        Subject organiser = Subject.create();
        organiser.api().body(Map.of("name", "Back-dated", "profileId", organiser.mainProfileId(),
                "startsAt", Instant.now().minus(1, ChronoUnit.HOURS).toString())).post("/api/challenges").then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("past"));
        assertEquals(0, count("select count(*) from challenge where organiser_profile_id = ?", organiser.mainProfileId()));

        organiser.api().body(Map.of("name", "Now-ish", "profileId", organiser.mainProfileId(),
                "startsAt", Instant.now().minus(1, ChronoUnit.MINUTES).toString())).post("/api/challenges").then()
                .statusCode(201);
    }

    @Test
    void aParticipantsFiguresCountFromWhenTheyJoinedNotFromTheStart() {
        Subject organiser = Subject.create("Olga");
        Subject late = Subject.create("Lena");
        Instant start = Instant.now();
        String challenge = challenge(organiser, "Autumn steps");
        EngineTime.moveTo(start.plus(1, ChronoUnit.HOURS));
        activity(late, start.plus(30, ChronoUnit.MINUTES), 7000);
        invite(organiser, challenge, late.email());
        join(late, challenge, late.mainProfileId());
        EngineTime.moveTo(start.plus(3, ChronoUnit.HOURS));
        activity(late, start.plus(2, ChronoUnit.HOURS), 2000);

        organiser.api().get("/api/challenges/{id}", challenge).then().statusCode(200)
                .body("participants.find { it.name == 'Lena' }.totals.steps", equalTo(2000))
                .body("aggregate.steps", equalTo(2000));
    }

    @Test
    void aProfilePendingDeletionOrObjectingLeavesEveryViewAtOnceAndComesBackWhenReactivated() {
        Subject organiser = Subject.create("Olga");
        Subject mona = Subject.create("Mona");
        String kid = mona.addProfile("Kid");
        Subject obi = Subject.create("Obi");
        Instant start = Instant.now();
        String challenge = challenge(organiser, "Family walk");
        String team = organiser.api().body(Map.of("name", "Blue")).post("/api/challenges/{id}/teams", challenge).then()
                .statusCode(201).extract().path("id");
        invite(organiser, challenge, mona.email());
        invite(organiser, challenge, obi.email());
        join(mona, challenge, mona.mainProfileId());
        mona.api().body(Map.of("profileId", kid, "teamId", team)).post("/api/challenges/{id}/members", challenge)
                .then().statusCode(201);
        join(obi, challenge, obi.mainProfileId());
        EngineTime.moveTo(start.plus(1, ChronoUnit.HOURS));
        activity(obi, start.plus(30, ChronoUnit.MINUTES), 1000);
        organiser.api().get("/api/challenges/{id}", challenge).then()
                .body("participants.name", equalTo(List.of("Olga", "Mona", "Kid", "Obi")))
                .body("aggregate.steps", equalTo(1000));

        String erasure = Processes.ofRequest(mona.eraseProfile(kid));
        obi.fileRequest(Map.of("type", "OBJECTION", "profileId", obi.mainProfileId(), "purposes", List.of("ALL")));

        organiser.api().get("/api/challenges/{id}", challenge).then().statusCode(200)
                .body("participants.name", equalTo(List.of("Olga", "Mona")))
                .body("members.name", equalTo(List.of("Olga", "Mona")))
                .body("teams[0].members", equalTo(List.of()))
                .body("aggregate.steps", equalTo(0));
        mona.api().get("/api/challenges/{id}", challenge).then().body("participants.name", equalTo(List.of("Olga", "Mona")));

        // Reactivation restores the profile exactly as it was (PRODUCT 3.1): its place in the challenge too.
        Processes.awaitWaitingAt(runtime, erasure, "Event_GracePeriodExpired");
        mona.api().post("/api/profiles/{id}/reactivation", kid).then().statusCode(200);
        await().atMost(Processes.PATIENCE).untilAsserted(() -> organiser.api().get("/api/challenges/{id}", challenge)
                .then().body("participants.name", equalTo(List.of("Olga", "Mona", "Kid")))
                .body("teams[0].members", equalTo(List.of("Kid"))));
    }

    @Test
    void invitingAnAddressWithoutAnAccountAnswersAsForAnAccountAndWaitsForItsConfirmation() {
        Subject organiser = Subject.create();
        Subject known = Subject.create();
        String challenge = challenge(organiser, "Open walk");
        String address = "later-" + UUID.randomUUID() + "@example.test";

        var toAccount = organiser.api().body(Map.of("email", known.email()))
                .post("/api/challenges/{id}/invitations", challenge).then().statusCode(201).extract();
        var toNobody = organiser.api().body(Map.of("email", address))
                .post("/api/challenges/{id}/invitations", challenge).then().statusCode(201).extract();
        assertEquals(toAccount.body().asString(), toNobody.body().asString());
        assertEquals(toAccount.headers().hasHeaderWithName("Location"), toNobody.headers().hasHeaderWithName("Location"));
        organiser.api().body(Map.of("email", "not an address")).post("/api/challenges/{id}/invitations", challenge)
                .then().statusCode(400).contentType("application/problem+json");

        Map<String, String> created = given().contentType(ContentType.JSON)
                .body(Map.of("email", address, "password", Subject.PASSWORD, "profileName", "Lee"))
                .post("/api/accounts").then().statusCode(201).extract().jsonPath().getMap("");
        Subject later = new Subject(address, Subject.PASSWORD, created.get("accountId"), created.get("mainProfileId"));
        later.api().body(Map.of("profileId", later.mainProfileId())).post("/api/challenges/{id}/members", challenge)
                .then().statusCode(403);

        given().post(later.confirmationLink()).then().statusCode(200);

        join(later, challenge, later.mainProfileId());
        organiser.api().get("/api/challenges/{id}", challenge).then().body("participants.name",
                equalTo(List.of("main profile", "Lee")));
    }

    @Test
    void theSameAddressInvitedTwiceAtTheSameInstantIsInvitedOnceAndNeitherCallFails() throws Exception {
        for (int round = 0; round < 4; round++) {
            Subject organiser = Subject.create();
            Subject invitee = Subject.create();
            String nobody = "nobody-" + UUID.randomUUID() + "@example.test";
            String challenge = organiser.api().body(Map.of("name", "Steps", "profileId", organiser.mainProfileId()))
                    .post("/api/challenges").then().statusCode(201).extract().path("id");

            for (String address : List.of(invitee.email(), nobody)) {
                List<Integer> answers = Simultaneously.twice(() -> organiser.api().body(Map.of("email", address))
                        .post("/api/challenges/{id}/invitations", challenge)).stream()
                        .map(io.restassured.response.Response::statusCode).toList();
                assertTrue(answers.contains(201) && answers.stream().allMatch(code -> code == 201 || code == 409),
                        "answers " + answers);
            }
            assertEquals(1L, count("select count(*) from challenge_invitation where challenge_id = ?", challenge));
            assertEquals(1L, count("select count(*) from waiting_challenge_invitation where challenge_id = ?", challenge));
        }
    }

    @Test
    void anInvitationTellsTheInviteeInOurWordsOnlyNeitherTheOrganisersMessageNorTheChallengesName() throws Exception {
        Subject organiser = Subject.create();
        Subject invitee = Subject.create();
        String challenge = organiser.api().body(Map.of("name", "Free prizes at phish.example.net",
                "profileId", organiser.mainProfileId())).post("/api/challenges").then().statusCode(201).extract().path("id");
        organiser.api().body(Map.of("email", invitee.email(), "message", "Log in at evil.example.org to claim"))
                .post("/api/challenges/{id}/invitations", challenge).then().statusCode(201);

        Mail mail = Mailbox.await(mailbox, invitee.email(), "News from your health devices");
        for (String text : List.of(mail.getText(), mail.getHtml(), mail.getSubject())) {
            assertFalse(text.contains("phish.example.net"), "the challenge's name is the organiser's free text");
            assertFalse(text.contains("evil.example.org"), "the organiser's message is never used");
        }
        assertTrue(mail.getText().contains(Invitations.TEXT), mail.getText());
        invitee.api().get("/api/accounts/{id}/timeline", invitee.accountId()).then()
                .body("find { it.kind == 'challenge-updates' }.text", equalTo(Invitations.TEXT));
    }

    @Test
    void invitationsBeyondTheDailyNumberAreRefusedAndChangeNothingUntilADayHasPassed() throws Exception {
        Subject organiser = Subject.create();
        String kid = organiser.addProfile("Kid");
        Subject known = Subject.create();
        String first = challenge(organiser, "One");
        String second = organiser.api().body(Map.of("name", "Two", "profileId", kid)).post("/api/challenges").then()
                .statusCode(201).extract().path("id");
        for (int i = 0; i < perDay; i++) {
            invite(organiser, i % 2 == 0 ? first : second, "friend-" + UUID.randomUUID() + "@example.test");
        }
        for (String email : List.of("one-more-" + UUID.randomUUID() + "@example.test", known.email())) {
            organiser.api().body(Map.of("email", email)).post("/api/challenges/{id}/invitations", first).then()
                    .statusCode(429).contentType("application/problem+json")
                    .body("detail", containsString("at most " + perDay)).body("detail", org.hamcrest.Matchers.not(
                            containsString(email)));
        }
        String both = "select count(*) from waiting_challenge_invitation where challenge_id in (?, ?)";
        assertEquals(perDay, count(both, first, second), "the refused invitations left nothing");
        assertEquals(0, count("select count(*) from challenge_invitation where account_id = ?", known.accountId()));

        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(1)).plusSeconds(60));
        invite(organiser, first, known.email());
        assertEquals(1, count("select count(*) from challenge_invitation where account_id = ?", known.accountId()));
    }

    @Test
    void erasingTheOrganisersProfileOrTheAddressesAccountRemovesWaitingInvitations() throws Exception {
        Subject organiser = Subject.create();
        String kid = organiser.addProfile("Kid");
        String kids = organiser.api().body(Map.of("name", "Kid's", "profileId", kid)).post("/api/challenges").then()
                .statusCode(201).extract().path("id");
        invite(organiser, kids, "gone-" + UUID.randomUUID() + "@example.test");
        assertEquals(1, count("select count(*) from waiting_challenge_invitation where challenge_id = ?", kids));
        QuarkusTransaction.requiringNew().run(() -> challengeData.purge(kid, 100));
        assertEquals(0, count("select count(*) from waiting_challenge_invitation where challenge_id = ?", kids));

        // Invited while the account at the address was closing, the invitation waits; the account's erasure ends it.
        Subject closing = Subject.create();
        String own = challenge(organiser, "Own");
        QuarkusTransaction.requiringNew().run(() -> accounts.markPendingDeletion(closing.accountId()));
        invite(organiser, own, closing.email());
        assertEquals(1, count("select count(*) from waiting_challenge_invitation where challenge_id = ?", own));
        QuarkusTransaction.requiringNew().run(() -> invitationData.purge(closing.accountId(), 100));
        assertEquals(0, count("select count(*) from waiting_challenge_invitation where challenge_id = ?", own));
    }

    @Test
    void aYearOfMinuteStepsIsSummedByTheDatabaseNotLoaded() throws Exception {
        Subject organiser = Subject.create("Olga");
        Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        String challenge = challenge(organiser, "A long year");
        MinuteData.insert(db, organiser.mainProfileId(), "steps", 2, start, MinuteData.MINUTES_A_YEAR);
        EngineTime.moveTo(start.plus(Duration.ofDays(366)));

        long before = MinuteData.measurementsLoaded(sessions);
        var view = organiser.api().get("/api/challenges/{id}", challenge).then().statusCode(200).extract().jsonPath();
        long loaded = MinuteData.measurementsLoaded(sessions) - before;

        assertEquals(0, loaded, "totals and weeks come summed from the database, not as " + loaded + " readings");
        assertEquals(2L * MinuteData.MINUTES_A_YEAR, view.getLong("aggregate.steps"));
        List<Map<String, Object>> weeks = view.getList("participants[0].weeklySteps");
        assertTrue(weeks.size() >= 52 && weeks.size() <= 54, "one entry per week: " + weeks.size());
        assertEquals(2L * MinuteData.MINUTES_A_YEAR,
                weeks.stream().mapToLong(w -> ((Number) w.get("steps")).longValue()).sum());
    }

    private static String challenge(Subject organiser, String name) {
        return organiser.api().body(Map.of("name", name, "profileId", organiser.mainProfileId())).post("/api/challenges")
                .then().statusCode(201).extract().path("id");
    }

    private static void invite(Subject organiser, String challenge, String email) {
        organiser.api().body(Map.of("email", email)).post("/api/challenges/{id}/invitations", challenge).then()
                .statusCode(201);
    }

    private static void join(Subject subject, String challenge, String profileId) {
        subject.api().body(Map.of("profileId", profileId)).post("/api/challenges/{id}/members", challenge).then()
                .statusCode(201);
    }

    private long count(String sql, String... parameters) throws Exception {
        try (var connection = db.getConnection(); var query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (var result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
