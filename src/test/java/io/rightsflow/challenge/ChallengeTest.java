package io.rightsflow.challenge;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChallengeTest {

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    static final Set<String> PARTICIPANT_FIELDS = Set.of("name", "picture", "currentWeekSteps", "weeklySteps", "totals");
    static final Set<String> TOTALS_FIELDS = Set.of("steps", "calories", "distance", "elevation");

    @Test
    void aParticipantSeesExactlyNamePictureWeeklyStepsAndTotalsOfEachOther() {
        Subject organiser = Subject.create("Olga");
        Subject invitee = Subject.create("Ivan");
        Instant start = Instant.now();
        String challenge = organiser.api().body(Map.of("name", "Spring steps", "profileId", organiser.mainProfileId()))
                .post("/api/challenges").then().statusCode(201).extract().path("id");
        String team = organiser.api().body(Map.of("name", "Blue")).post("/api/challenges/{id}/teams", challenge).then()
                .statusCode(201).extract().path("id");
        activity(invitee, start.minus(3, ChronoUnit.DAYS), 99999);
        invitee.api().body(Map.of("profileId", invitee.mainProfileId(), "teamId", team))
                .post("/api/challenges/{id}/members", challenge).then().statusCode(404);
        organiser.api().body(Map.of("email", invitee.email())).post("/api/challenges/{id}/invitations", challenge)
                .then().statusCode(201);
        invitee.api().body(Map.of("profileId", invitee.mainProfileId(), "teamId", team))
                .post("/api/challenges/{id}/members", challenge).then().statusCode(201);
        EngineTime.moveTo(start.plus(2, ChronoUnit.HOURS));
        Instant first = start.plus(1, ChronoUnit.HOURS);
        Instant second = start.plus(90, ChronoUnit.MINUTES);
        activity(invitee, first, 5000);
        activity(invitee, second, 3000);

        JsonPath view = invitee.api().get("/api/challenges/{id}", challenge).then().statusCode(200).extract().jsonPath();
        assertEquals(Set.of("challengeId", "name", "startsAt", "participants"), view.getMap("").keySet(),
                "a participant gets no member list, teams or aggregate");
        for (Map<String, Object> participant : view.<Map<String, Object>>getList("participants")) {
            assertEquals(PARTICIPANT_FIELDS, participant.keySet());
            assertEquals(TOTALS_FIELDS, ((Map<?, ?>) participant.get("totals")).keySet());
        }
        Map<String, Object> ivan = view.getMap("participants.find { it.name == 'Ivan' }");
        assertEquals(8000, ((Map<?, ?>) ivan.get("totals")).get("steps"), "only since the challenge began");
        LocalDate thisWeek = weekOf(start.plus(2, ChronoUnit.HOURS));
        long expectedThisWeek = (weekOf(first).equals(thisWeek) ? 5000 : 0) + (weekOf(second).equals(thisWeek) ? 3000 : 0);
        assertEquals(expectedThisWeek, ((Number) ivan.get("currentWeekSteps")).longValue());
        assertEquals(null, ivan.get("picture"));
        assertEquals(800.0f, ((Map<?, ?>) ivan.get("totals")).get("distance"));

        organiser.api().get("/api/challenges/{id}", challenge).then().statusCode(200)
                .body("members", hasSize(2)).body("members.find { it.name == 'Ivan' }.team", equalTo("Blue"))
                .body("teams[0].members", equalTo(List.of("Ivan")))
                .body("aggregate.steps", equalTo(8000));
    }

    static LocalDate weekOf(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Test
    void leavingOrErasingTheProfileRemovesThePersonFromTheChallenge() {
        Subject organiser = Subject.create("Olga");
        Subject member = Subject.create("Mona");
        String kid = member.addProfile("Kid");
        String challenge = organiser.api().body(Map.of("name", "Family walk", "profileId", organiser.mainProfileId()))
                .post("/api/challenges").then().statusCode(201).extract().path("id");
        organiser.api().body(Map.of("email", member.email())).post("/api/challenges/{id}/invitations", challenge)
                .then().statusCode(201);
        member.api().body(Map.of("profileId", member.mainProfileId())).post("/api/challenges/{id}/members", challenge)
                .then().statusCode(201);
        member.api().body(Map.of("profileId", kid)).post("/api/challenges/{id}/members", challenge).then().statusCode(201);
        organiser.api().get("/api/challenges/{id}", challenge).then().body("participants", hasSize(3));

        member.api().delete("/api/challenges/{id}/members/{profile}", challenge, member.mainProfileId()).then()
                .statusCode(204);
        organiser.api().get("/api/challenges/{id}", challenge).then().body("participants.name", equalTo(List.of("Olga", "Kid")));

        String process = Processes.ofRequest(member.eraseProfile(kid));
        Processes.awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");
        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        Processes.awaitEnded(history, process);
        organiser.api().get("/api/challenges/{id}", challenge).then().body("participants.name", equalTo(List.of("Olga")));
    }

    @AfterEach
    void reset() {
        EngineTime.reset();
    }

    @Test
    void nobodyOutsideTheChallengeSeesIt() {
        Subject organiser = Subject.create();
        Subject stranger = Subject.create();
        String challenge = organiser.api().body(Map.of("name", "Private", "profileId", organiser.mainProfileId()))
                .post("/api/challenges").then().statusCode(201).extract().path("id");
        stranger.api().get("/api/challenges/{id}", challenge).then().statusCode(404);
        stranger.api().body(Map.of("name", "x")).post("/api/challenges/{id}/teams", challenge).then().statusCode(404);
    }

    static void activity(Subject subject, Instant at, int steps) {
        String tracker = subject.addDevice(subject.mainProfileId(), "pulse");
        subject.api().body(List.of(
                Map.of("category", "steps", "takenAt", at.toString(), "value", steps, "unit", "steps"),
                Map.of("category", "distance", "takenAt", at.toString(), "value", steps / 10 * 1.0, "unit", "m")))
                .post("/api/devices/{id}/measurements", tracker).then().statusCode(201);
    }
}
