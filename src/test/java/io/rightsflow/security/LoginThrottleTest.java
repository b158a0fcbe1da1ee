package io.rightsflow.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** In the tests: 5 failures per username, 300 per address, within a minute. */
@QuarkusTest
@Tag("database")
class LoginThrottleTest {

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "rightsflow.security.login-throttle.max-failures-per-username")
    int perUsername;

    @ConfigProperty(name = "rightsflow.security.login-throttle.max-failures-per-address")
    int perAddress;

    @ConfigProperty(name = "rightsflow.security.login-throttle.window")
    Duration window;

    @Test
    void afterTooManyWrongPasswordsEvenTheRightOneAnswers429WithRetryAfterAndNoPasswordCheck() {
        Subject subject = Subject.create();
        failTimes(subject.email(), perUsername);

        double before = verifications();
        Response refused = subject.api().get("/api/me");

        refused.then().statusCode(429).contentType("application/problem+json")
                .body("detail", containsString("try again in"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= window.toSeconds(), "Retry-After " + retryAfter);
        assertEquals(before, verifications(), "a throttled attempt ran bcrypt");
    }

    @Test
    void anotherUsernameFromTheSameAddressIsNotThrottled() {
        Subject victim = Subject.create();
        Subject other = Subject.create();
        failTimes(victim.email(), perUsername);

        other.api().get("/api/me").then().statusCode(200);
        victim.api().get("/api/me").then().statusCode(429);
    }

    @Test
    void aSuccessClearsTheUsernamesFailures() {
        Subject subject = Subject.create();
        failTimes(subject.email(), perUsername - 1);
        subject.api().get("/api/me").then().statusCode(200);
        failTimes(subject.email(), perUsername - 1);

        subject.api().get("/api/me").then().statusCode(200);
    }

    @Test
    void onceTheWindowHasPassedTheUsernameMayLogInAgain() {
        Subject subject = Subject.create();
        failTimes(subject.email(), perUsername);
        subject.api().get("/api/me").then().statusCode(429);
        try {
            EngineTime.moveBy(window.plusSeconds(1));
            subject.api().get("/api/me").then().statusCode(200);
        } finally {
            EngineTime.reset();
        }
    }

    @Test
    void failuresAtTheSameInstantAllCount() throws Exception {
        Subject subject = Subject.create();
        ExecutorService pool = Executors.newFixedThreadPool(perUsername);
        try {
            List<Callable<Integer>> guesses = new ArrayList<>();
            for (int i = 0; i < perUsername; i++) {
                guesses.add(() -> wrongPassword(subject.email()).statusCode());
            }
            for (var answer : pool.invokeAll(guesses)) {
                assertEquals(401, answer.get());
            }
        } finally {
            pool.shutdown();
        }
        subject.api().get("/api/me").then().statusCode(429);
    }

    @Test
    void tooManyFailuresFromOneAddressThrottleEveryUsernameFromThereButNotFromElsewhere() throws Exception {
        FromAddress guesser = new FromAddress("127.0.0.7");
        for (int i = 0; i < perAddress; i++) {
            assertEquals(401, guesser.status("/api/me", "nobody-" + UUID.randomUUID() + "@example.org", "Guess-Passw0rd!"));
        }
        Subject subject = Subject.create();

        String head = guesser.get("/api/me", subject.email(), subject.password());
        assertTrue(head.startsWith("HTTP/1.1 429") && head.contains("Retry-After"), head);
        subject.api().get("/api/me").then().statusCode(200);
    }

    @Test
    void anUnknownUsernameRunsOneBcryptCheckAsAWrongPasswordDoes() {
        Subject subject = Subject.create();

        double before = verifications();
        wrongPassword("nobody-" + UUID.randomUUID() + "@example.org").then().statusCode(401);
        assertEquals(before + 1, verifications(), "an unknown username answered without bcrypt");

        wrongPassword(subject.email()).then().statusCode(401);
        assertEquals(before + 2, verifications());
    }

    private void failTimes(String username, int times) {
        for (int i = 0; i < times; i++) {
            wrongPassword(username).then().statusCode(401);
        }
    }

    private static Response wrongPassword(String username) {
        return given().auth().preemptive().basic(username, "Wrong-Passw0rd!").get("/api/me");
    }

    private double verifications() {
        return registry.counter(LoginIdentityProvider.VERIFICATIONS).count();
    }
}
