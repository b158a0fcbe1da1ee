package io.rightsflow.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.rightsflow.support.LogCapture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Two sign-ups with one address at the same instant: the database's unique constraint decides. */
@QuarkusTest
@Tag("database")
class SimultaneousSignUpTest {

    static final int ROUNDS = 25;
    /**
     * The mock mailer of the tests (and of dev mode) prints each mail it "sends", address and all:
     * that is the console mailbox, and the confirmation mail to the address is the point of sign-up.
     */
    static final String MOCK_MAILBOX = "quarkus-mailer: Sending email ";

    @Test
    void twoSignUpsWithOneAddressAtOnceGiveOneAccountAndOneConflictAndTheAddressStaysOutOfTheLog() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<String> emails = new ArrayList<>();
        List<String> logged;
        try (LogCapture log = LogCapture.of("")) {
            for (int round = 0; round < ROUNDS; round++) {
                String email = "twice-" + UUID.randomUUID() + "@example.test";
                emails.add(email);
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Response> first = threads.submit(() -> signUp(email, together));
                Future<Response> second = threads.submit(() -> signUp(email, together));
                List<Response> answers = List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
                List<Integer> statuses = answers.stream().map(Response::statusCode).sorted().toList();
                assertEquals(List.of(201, 409), statuses, "round " + round + ": " + answers.stream()
                        .map(r -> r.statusCode() + " " + r.asString()).toList());
                Response conflict = answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
                assertTrue(conflict.contentType().startsWith("application/problem+json"), conflict.contentType());
                assertTrue(conflict.asString().contains("already exists"), conflict.asString());
                assertFalse(conflict.asString().contains(email), "the answer names the address");
            }
            logged = log.lines();
        } finally {
            threads.shutdownNow();
        }
        for (String email : emails) {
            assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Account.count("email", email)),
                    "one account with the address");
            for (String line : logged) {
                if (line.startsWith(MOCK_MAILBOX)) {
                    continue;
                }
                assertFalse(line.contains(email), "the log holds the address: " + line);
            }
        }
    }

    private static Response signUp(String email, CyclicBarrier together) throws Exception {
        var request = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", "Same-Instant-9!", "profileName", "Twin"));
        together.await(30, TimeUnit.SECONDS);
        return request.post("/api/accounts");
    }
}
