package io.rightsflow.request;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.rightsflow.account.Profile;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Simultaneously;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Two identical requests at the same instant (a double click, a client that retries, two nodes) leave one. */
@QuarkusTest
@Tag("database")
class OneOpenRequestTest {

    static final int ROUNDS = 15;

    @AfterEach
    void tearDown() {
        EngineTime.reset();
    }

    @Test
    void twoErasuresOfOneProfileFiledAtTheSameInstantAreOneAcceptedAndOneRefusedNamingIt() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Subject subject = Subject.create();
            String child = subject.addProfile("Child");
            List<Response> answers = Simultaneously.twice(() -> subject.api()
                    .body(Map.of("type", "PROFILE_ERASURE", "profileId", child)).post("/api/requests"));
            assertOneAcceptedAndOneNamingIt(answers);
            assertEquals(1L, openRequests("PROFILE_ERASURE", child));
        }
    }

    @Test
    void twoErasuresOfOneAccountFiledAtTheSameInstantAreOneAcceptedAndOneRefusedNamingIt() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Subject subject = Subject.create();
            // Filed by an agent: a subject's second call may come after the first closed the account,
            // when its login is refused (401) before any request is looked at.
            Staff agent = Staff.create("agent");
            List<Response> answers = Simultaneously.twice(() -> agent.api()
                    .body(Staff.onTicket(Map.of("type", "ACCOUNT_ERASURE", "accountId", subject.accountId())))
                    .post("/api/requests"));
            assertOneAcceptedAndOneNamingIt(answers);
            assertEquals(1L, openRequests("ACCOUNT_ERASURE", subject.mainProfileId()));
        }
    }

    @Test
    void aSecondErasureOfAProfilePendingDeletionIsRefusedWithTheIdOfTheOpenOne() {
        Subject subject = Subject.create();
        String child = subject.addProfile("Child");
        String first = subject.eraseProfile(child);
        subject.api().body(Map.of("type", "PROFILE_ERASURE", "profileId", child)).post("/api/requests").then()
                .statusCode(409).contentType("application/problem+json").body("openRequestId", equalTo(first));
    }

    @Test
    void anErasureEndedByAReactivationNoLongerBlocksANewOne() {
        Subject subject = Subject.create();
        String child = subject.addProfile("Child");
        String first = subject.eraseProfile(child);
        subject.api().post("/api/profiles/{id}/reactivation", child).then().statusCode(200);
        String second = subject.eraseProfile(child);
        assertEquals(false, first.equals(second));
        assertEquals(1L, openRequests("PROFILE_ERASURE", child));
    }

    @Test
    void afterARaceOneReactivationKeepsTheProfilePastTheGracePeriod() throws Exception {
        Subject subject = Subject.create();
        String child = subject.addProfile("Child");
        Instant filedAt = Instant.now();
        List<Response> answers = Simultaneously.twice(() -> subject.api()
                .body(Map.of("type", "PROFILE_ERASURE", "profileId", child)).post("/api/requests"));
        assertOneAcceptedAndOneNamingIt(answers);

        subject.api().post("/api/profiles/{id}/reactivation", child).then().statusCode(200);
        EngineTime.moveTo(filedAt.plus(Duration.ofDays(8)));
        // Every erasure the race left behind would now fire its timer and purge the profile.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> profileIsActive(child));
        assertEquals(0L, openRequests("PROFILE_ERASURE", child));
    }

    static void assertOneAcceptedAndOneNamingIt(List<Response> answers) {
        List<Integer> codes = answers.stream().map(Response::statusCode).sorted().toList();
        assertEquals(List.of(201, 409), codes, () -> answers.get(0).asString() + " / " + answers.get(1).asString());
        Response accepted = answers.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow();
        Response refused = answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        assertEquals(accepted.jsonPath().getString("id"), refused.jsonPath().getString("openRequestId"),
                refused.asString());
    }

    static long openRequests(String type, String profileId) {
        return QuarkusTransaction.requiringNew().call(() -> DataRequest.count(
                "type = ?1 and profileId = ?2 and status not in ?3", RequestType.valueOf(type), profileId,
                List.of(RequestStatus.COMPLETED, RequestStatus.CANCELLED, RequestStatus.REJECTED, RequestStatus.FAILED)));
    }

    static boolean profileIsActive(String profileId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Profile profile = Profile.findById(profileId);
            return profile != null && profile.isActive();
        });
    }
}
