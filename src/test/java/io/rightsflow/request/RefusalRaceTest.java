package io.rightsflow.request;

import static io.rightsflow.request.RefusalTest.objectToChallenges;
import static io.rightsflow.request.RefusalTest.refuse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A refusal is a person's action on a running process: it must hold when a step of that process
 * runs at the same moment, and when a second agent refuses the same request at once.
 */
@QuarkusTest
@Tag("database")
class RefusalRaceTest {

    static final int ROUNDS = 12;

    @Test
    void aRefusalSentTheMomentARequestIsFiledMeetsItsFirstStepAndIsStillStored() {
        Staff agent = Staff.create("agent");
        Staff auditor = Staff.create("auditor");
        for (int round = 0; round < ROUNDS; round++) {
            String objection = objectToChallenges(Subject.create());

            refuse(agent, objection, "OTHER", "Refused as it was filed.").statusCode(201);

            assertEquals("REJECTED", auditor.api().get("/api/requests/{id}", objection).then().extract().path("status"),
                    "round " + round);
        }
    }

    @Test
    void twoAgentsRefusingOneRequestAtTheSameInstantLeaveOneRefusal() throws Exception {
        Staff first = Staff.create("agent");
        Staff second = Staff.create("agent");
        Staff auditor = Staff.create("auditor");
        for (int round = 0; round < ROUNDS / 2; round++) {
            String objection = objectToChallenges(Subject.create());
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> refuseAfter(start, first, objection));
            CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> refuseAfter(start, second, objection));
            start.countDown();

            List<Integer> statuses = new ArrayList<>(List.of(a.get(), b.get()));
            statuses.sort(null);
            assertEquals(List.of(201, 409), statuses, "round " + round);
            List<String> kinds = auditor.api().get("/api/audit/requests/{id}", objection).then().extract().jsonPath()
                    .getList("events.kind");
            assertEquals(1, kinds.stream().filter("REQUEST_REFUSED"::equals).count(), kinds.toString());
        }
    }

    private static int refuseAfter(CountDownLatch start, Staff agent, String requestId) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return refuse(agent, requestId, "OTHER", "Refused by " + agent.username()).extract().statusCode();
    }
}
