package io.rightsflow.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestResourceTest {

    @Test
    void aFiledRequestShowsItsDueDateOneMonthAfterReceiptAndItsSteps() {
        Subject subject = Subject.create();
        String child = subject.addProfile("Child");
        var created = subject.api().body(Map.of("type", "PROFILE_ERASURE", "profileId", child))
                .post("/api/requests").then().statusCode(201)
                .header("Location", containsString("/api/requests/"))
                .body("type", equalTo("PROFILE_ERASURE"))
                .body("status", equalTo("GRACE_PERIOD"))
                .extract().jsonPath();
        Instant received = Instant.parse(created.getString("receivedAt"));
        assertEquals(received.atZone(ZoneOffset.UTC).plusMonths(1).toInstant(), Instant.parse(created.getString("dueAt")));

        subject.api().get("/api/requests/{id}", created.getString("id")).then().statusCode(200)
                .body("steps.id", hasItem("Task_MarkProfilePendingDeletion"))
                .body("steps.find { it.id == 'StartEvent_ErasureRequested' }.name", equalTo("Erasure requested"))
                .body("steps[0].startedAt", notNullValue());
    }

    @Test
    void anAgentFilesOnBehalfOfASubjectThroughCustomerService() {
        Subject subject = Subject.create();
        String child = subject.addProfile("Child");
        Staff agent = Staff.create("agent");
        String id = agent.api().body(Staff.onTicket(Map.of("type", "PROFILE_ERASURE", "profileId", child)))
                .post("/api/requests").then().statusCode(201)
                .body("channel", equalTo("CUSTOMER_SERVICE")).extract().path("id");
        subject.api().get("/api/requests/{id}", id).then().statusCode(200).body("accountId", equalTo(subject.accountId()));
    }

    @Test
    void anAgentFilesAnObjectionOnBehalfOfASubjectThroughCustomerService() {
        Subject subject = Subject.create();
        Staff agent = Staff.create("agent");
        String requestId = agent.api().body(Staff.onTicket(Map.of("type", "OBJECTION", "profileId", subject.mainProfileId(),
                "purposes", List.of("CHALLENGES"), "statement", "told us on the phone")))
                .post("/api/requests").then().statusCode(201).body("channel", equalTo("CUSTOMER_SERVICE"))
                .extract().path("id");
        subject.api().get("/api/requests/{id}", requestId).then().statusCode(200)
                .body("channel", equalTo("CUSTOMER_SERVICE")).body("accountId", equalTo(subject.accountId()))
                .body("profileId", equalTo(subject.mainProfileId()));
    }

    @Test
    void aSubjectSeesOnlyTheirOwnRequests() {
        Subject owner = Subject.create();
        Subject other = Subject.create();
        String id = owner.eraseProfile(owner.addProfile("Child"));
        other.eraseProfile(other.addProfile("Child"));

        other.api().get("/api/requests/{id}", id).then().statusCode(404).contentType("application/problem+json");
        other.api().delete("/api/requests/{id}", id).then().statusCode(404);
        other.api().get("/api/requests").then().statusCode(200)
                .body("accountId", everyItem(equalTo(other.accountId())))
                .body("id", not(hasItem(id)));
        assertEquals("GRACE_PERIOD", statusOf(id));
    }

    @Test
    void auditorsReadEveryRequestButCannotFileOrCancel() {
        Subject subject = Subject.create();
        String child = subject.addProfile("Child");
        String id = subject.eraseProfile(child);
        Staff auditor = Staff.create("auditor");
        auditor.api().get("/api/requests/{id}", id).then().statusCode(200);
        auditor.api().get("/api/requests?type=PROFILE_ERASURE&status=GRACE_PERIOD").then().statusCode(200)
                .body("id", hasItem(id));
        auditor.api().get("/api/requests?overdue=true").then().statusCode(200).body("id", not(hasItem(id)));
        auditor.api().delete("/api/requests/{id}", id).then().statusCode(403);
        auditor.api().body(Map.of("type", "PROFILE_ERASURE", "profileId", child)).post("/api/requests")
                .then().statusCode(403);
        assertEquals("GRACE_PERIOD", statusOf(id));
    }

    @Test
    void aRequestWithoutTypeOrWithAnUnknownTypeSaysWhatToSend() {
        Subject subject = Subject.create();
        subject.api().body(Map.of("profileId", subject.mainProfileId())).post("/api/requests").then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("PROFILE_ERASURE"));
        subject.api().body(Map.of("type", "FORGET_ME")).post("/api/requests").then()
                .statusCode(400).body("detail", containsString("field 'type' must be one of"));
        subject.api().body(Map.of("type", "PROFILE_ERASURE")).post("/api/requests").then()
                .statusCode(400).body("detail", containsString("profileId is required"));
        assertEquals(0, requestsOf(subject.accountId()));
    }

    @Test
    void erasingAnotherAccountsProfileAnswers404AndFilesNothing() {
        Subject owner = Subject.create();
        Subject other = Subject.create();
        String child = owner.addProfile("Child");
        other.api().body(Map.of("type", "PROFILE_ERASURE", "profileId", child)).post("/api/requests")
                .then().statusCode(404);
        assertEquals(0, requestsOf(owner.accountId()));
        owner.api().get("/api/accounts/{id}", owner.accountId()).then()
                .body("profiles.status", hasSize(2)).body("profiles.status", everyItem(equalTo("ACTIVE")));
    }

    @Test
    void anonymousCallersMayNotFileRequests() {
        given().contentType("application/json").body(Map.of("type", "PROFILE_ERASURE", "profileId", "x"))
                .post("/api/requests").then().statusCode(401);
    }

    private static String statusOf(String id) {
        return QuarkusTransaction.requiringNew().call(() -> DataRequest.<DataRequest>findById(id).status.name());
    }

    private static long requestsOf(String accountId) {
        return QuarkusTransaction.requiringNew().call(() -> DataRequest.count("accountId", accountId));
    }
}
