package io.rightsflow.request;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.rightsflow.support.Simultaneously;
import io.rightsflow.support.Subject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("database")
class IdempotencyKeyTest {

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndFilesNothingNew() {
        Subject subject = Subject.create();
        String child = subject.addProfile("Child");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("type", "PROFILE_ERASURE", "profileId", child);
        Response first = subject.api().header("Idempotency-Key", key).body(body).post("/api/requests");
        first.then().statusCode(201).body("status", equalTo("GRACE_PERIOD"));

        subject.api().header("Idempotency-Key", key).body(body).post("/api/requests").then().statusCode(201)
                .header("Location", first.header("Location"))
                .body("id", equalTo(first.jsonPath().getString("id")))
                .body("notice", equalTo(first.jsonPath().getString("notice")));
        assertEquals(1L, requestsOf(child));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndFilesNothing() {
        Subject subject = Subject.create();
        String child = subject.addProfile("Child");
        String other = subject.addProfile("Other");
        String key = UUID.randomUUID().toString();
        subject.api().header("Idempotency-Key", key).body(Map.of("type", "PROFILE_ERASURE", "profileId", child))
                .post("/api/requests").then().statusCode(201);

        subject.api().header("Idempotency-Key", key).body(Map.of("type", "PROFILE_ERASURE", "profileId", other))
                .post("/api/requests").then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("another body"));
        assertEquals(0L, requestsOf(other));
    }

    @Test
    void twoRetriesWithOneKeyAtTheSameInstantFileOneRequestAndBothGetItsAnswer() throws Exception {
        for (int round = 0; round < 10; round++) {
            Subject subject = Subject.create();
            String child = subject.addProfile("Child");
            String key = UUID.randomUUID().toString();
            List<Response> answers = Simultaneously.twice(() -> subject.api().header("Idempotency-Key", key)
                    .body(Map.of("type", "EXPORT", "profileId", child)).post("/api/requests"));
            Response a = answers.get(0);
            Response b = answers.get(1);
            assertEquals(201, a.statusCode(), a.asString());
            assertEquals(201, b.statusCode(), b.asString());
            assertEquals(a.jsonPath().getString("id"), b.jsonPath().getString("id"));
            assertEquals(1L, requestsOf(child));
        }
    }

    @Test
    void aRefusedRequestKeepsNoAnswerSoItsRetryIsJudgedAgain() {
        Subject subject = Subject.create();
        String key = UUID.randomUUID().toString();
        subject.api().header("Idempotency-Key", key).body(Map.of("type", "PROFILE_ERASURE"))
                .post("/api/requests").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("profileId is required"));
        String child = subject.addProfile("Child");
        subject.api().header("Idempotency-Key", key).body(Map.of("type", "PROFILE_ERASURE", "profileId", child))
                .post("/api/requests").then().statusCode(201);
        assertEquals(1L, requestsOf(child));
    }

    @Test
    void aKeyLongerThanTheDraftAllowsIsRefused() {
        Subject subject = Subject.create();
        subject.api().header("Idempotency-Key", "k".repeat(256))
                .body(Map.of("type", "EXPORT", "profileId", subject.mainProfileId()))
                .post("/api/requests").then().statusCode(400).body("detail", containsString("Idempotency-Key"));
        assertEquals(0L, requestsOf(subject.mainProfileId()));
    }

    @Test
    void keysAreTheCallersOwn() {
        Subject one = Subject.create();
        Subject two = Subject.create();
        String key = "same-key-" + UUID.randomUUID();
        String first = one.api().header("Idempotency-Key", key).body(Map.of("type", "EXPORT", "profileId",
                one.mainProfileId())).post("/api/requests").then().statusCode(201).extract().path("id");
        String second = two.api().header("Idempotency-Key", key).body(Map.of("type", "EXPORT", "profileId",
                two.mainProfileId())).post("/api/requests").then().statusCode(201).extract().path("id");
        assertEquals(1L, requestsOf(two.mainProfileId()));
        assertEquals(false, first.equals(second));
    }

    static long requestsOf(String profileId) {
        return QuarkusTransaction.requiringNew().call(() -> DataRequest.count("profileId", profileId));
    }
}
