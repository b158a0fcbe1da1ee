package io.rightsflow.account;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("database")
class PasswordResetTest {

    static final String NEW_PASSWORD = "Fresh-Start-42!";
    static final String RESET_SUBJECT = "Reset your password";

    @Inject
    MockMailbox mailbox;

    @Inject
    HistoryService history;

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void aResetAnswersTheSameForAKnownAndAnUnknownAddressAndOnlyTheKnownOneGetsMail() {
        Subject known = Subject.create();
        String unknown = "nobody-" + UUID.randomUUID() + "@example.test";

        long[] knownNanos = new long[5];
        long[] unknownNanos = new long[5];
        String knownAnswer = null;
        String unknownAnswer = null;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            knownAnswer = ask(known.email());
            knownNanos[i] = System.nanoTime() - start;
            start = System.nanoTime();
            unknownAnswer = ask(unknown);
            unknownNanos[i] = System.nanoTime() - start;
        }
        assertEquals(knownAnswer, unknownAnswer);
        assertTrue(knownAnswer.contains("If an account uses this address"));
        System.out.printf("password reset answers (ms), known: %s, unknown: %s%n",
                millis(knownNanos), millis(unknownNanos));

        await().atMost(Processes.PATIENCE).until(() -> history.createHistoricProcessInstanceQuery()
                .processDefinitionKey("password-reset").processInstanceBusinessKey(known.accountId())
                .finished().count() == 5);
        assertEquals(5, Mailbox.matching(mailbox, known.email(), RESET_SUBJECT).size(), "one mail per asking");
        assertTrue(Mailbox.matching(mailbox, unknown, "").isEmpty());
    }

    @Test
    void theResetLinkSetsAPasswordThatLogsInAndTheOldOneNoLonger() {
        Subject subject = Subject.create();
        ask(subject.email());
        String link = Mailbox.awaitLinkPath(subject.email(), RESET_SUBJECT);

        given().get(link).then().statusCode(200)
                .body(containsString("name=\"password\"")).body(containsString("name=\"passwordConfirmation\""));
        subject.api().get("/api/me").then().statusCode(200);
        setPassword(link, NEW_PASSWORD).statusCode(200).body(containsString("Your password is changed"))
                .body(not(containsString(NEW_PASSWORD)));

        subject.withPassword(NEW_PASSWORD).api().get("/api/me").then().statusCode(200);
        subject.api().get("/api/me").then().statusCode(401);
        setPassword(link, "Other-Passw0rd!").statusCode(410);
        subject.withPassword(NEW_PASSWORD).api().get("/api/me").then().statusCode(200);
    }

    @Test
    void aPasswordThatBreaksTheRuleShowsTheRuleAndTheLinkStaysUsable() {
        Subject subject = Subject.create();
        ask(subject.email());
        String link = Mailbox.awaitLinkPath(subject.email(), RESET_SUBJECT);

        setPassword(link, "NoSpecials123").statusCode(400).body(containsString("special character"))
                .body(containsString("name=\"password\"")).body(not(containsString("NoSpecials123")));
        given().contentType("application/x-www-form-urlencoded").formParam("password", NEW_PASSWORD)
                .formParam("passwordConfirmation", "Other-Passw0rd!").post(link).then()
                .statusCode(400).body(containsString("repeat it exactly"));
        subject.api().get("/api/me").then().statusCode(200);
        subject.withPassword("NoSpecials123").api().get("/api/me").then().statusCode(401);

        setPassword(link, NEW_PASSWORD).statusCode(200);
        subject.withPassword(NEW_PASSWORD).api().get("/api/me").then().statusCode(200);
    }

    @Test
    void aResetLinkExpiresAfterAnHourAndThePasswordStays() {
        Subject subject = Subject.create();
        ask(subject.email());
        String link = Mailbox.awaitLinkPath(subject.email(), RESET_SUBJECT);

        EngineTime.moveBy(Duration.ofHours(1).plusMinutes(1));

        setPassword(link, NEW_PASSWORD).statusCode(410).body(containsString("expired"));
        subject.api().get("/api/me").then().statusCode(200);
    }

    @Test
    void anUnconfirmedAccountGetsNoResetMail() {
        Subject subject = Subject.signUp();
        subject.confirmationLink();

        ask(subject.email());

        assertEquals(0L, history.createHistoricProcessInstanceQuery().processDefinitionKey("password-reset")
                .processInstanceBusinessKey(subject.accountId()).count());
    }

    static String ask(String email) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email))
                .post("/api/password-resets").then().statusCode(202).extract().asString();
    }

    static ValidatableResponse setPassword(String link, String password) {
        return given().contentType("application/x-www-form-urlencoded").formParam("password", password)
                .formParam("passwordConfirmation", password).post(link).then();
    }

    private static String millis(long[] nanos) {
        StringBuilder text = new StringBuilder();
        for (long n : nanos) {
            text.append(text.isEmpty() ? "" : " ").append(n / 1_000_000);
        }
        return text.toString();
    }
}
