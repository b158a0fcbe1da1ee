package io.rightsflow.hold;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.audit.AuditEvent;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HoldResourceTest {

    Staff officer;
    Subject subject;

    @BeforeEach
    void setUp() {
        officer = Staff.create("compliance-officer");
        subject = Subject.create();
    }

    @Test
    void aComplianceOfficerPlacesAndLiftsAHoldAndBothAreInTheAuditTrailWithoutTheNote() {
        String id = officer.api().body(hold("ACCOUNT", subject.accountId(), "LEGAL_OBLIGATION", "2099-12-31"))
                .post("/api/holds").then().statusCode(201)
                .body("subjectType", equalTo("ACCOUNT")).body("subjectId", equalTo(subject.accountId()))
                .body("reason", equalTo("LEGAL_OBLIGATION")).body("until", equalTo("2100-01-01T00:00:00Z"))
                .body("placedBy", equalTo("compliance-officer:" + officer.username())).body("current", equalTo(true))
                .extract().path("id");

        officer.api().body(Map.of("reason", "the retention period is over")).post("/api/holds/{id}/lifting", id)
                .then().statusCode(200).body("current", equalTo(false)).body("liftedBy", equalTo("compliance-officer:" + officer.username()))
                .body("liftReason", equalTo("the retention period is over"));

        Staff.create("auditor").api().get("/api/holds").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.current", equalTo(false));
        List<AuditEvent> events = eventsOf(id);
        assertEquals(List.of("HOLD_PLACED", "HOLD_LIFTED"), events.stream().map(e -> e.kind).toList());
        events.forEach(e -> {
            assertEquals("compliance-officer:" + officer.username(), e.actor);
            assertFalse(e.detail.contains("Roe") || e.detail.contains("retention"), "no free text: " + e.detail);
        });
    }

    @Test
    void onlyAComplianceOfficerPlacesOrLiftsHoldsAndOnlyTheyAndAuditorsListThem() {
        Staff agent = Staff.create("agent");
        Staff auditor = Staff.create("auditor");
        Map<String, Object> body = hold("PROFILE", subject.mainProfileId(), "LEGAL_CLAIMS", null);
        agent.api().body(body).post("/api/holds").then().statusCode(403);
        auditor.api().body(body).post("/api/holds").then().statusCode(403);
        subject.api().body(body).post("/api/holds").then().statusCode(403);
        agent.api().get("/api/holds").then().statusCode(403);
        subject.api().get("/api/holds").then().statusCode(403);
        assertEquals(0, holdsOn(subject.mainProfileId()), "nothing placed");

        String id = officer.api().body(body).post("/api/holds").then().statusCode(201).extract().path("id");
        agent.api().body(Map.of("reason", "done")).post("/api/holds/{id}/lifting", id).then().statusCode(403);
        auditor.api().get("/api/holds").then().statusCode(200).body("find { it.id == '" + id + "' }.current", equalTo(true));
        officer.api().get("/api/holds").then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void badInputAnswersAProblemAndPlacesNothing() {
        String profile = subject.mainProfileId();
        refused(hold("PERSON", profile, "LEGAL_CLAIMS", null), "subjectType must be PROFILE or ACCOUNT");
        refused(hold("PROFILE", "no-such-profile", "LEGAL_CLAIMS", null), "subjectId must be the id of an existing profile");
        refused(hold("ACCOUNT", profile, "LEGAL_CLAIMS", null), "existing account");
        refused(hold("PROFILE", profile, "BECAUSE", null), "reason must be LEGAL_OBLIGATION");
        refused(hold("PROFILE", profile, null, null), "reason must be");
        refused(hold("PROFILE", profile, "LEGAL_CLAIMS", "next week"), "until must be a date");
        refused(hold("PROFILE", profile, "LEGAL_CLAIMS", "2020-01-01"), "until must be in the future");
        Map<String, Object> longNote = hold("PROFILE", profile, "LEGAL_CLAIMS", null);
        longNote.put("note", "x".repeat(501));
        refused(longNote, "note must be at most 500");

        assertEquals(0, holdsOn(profile), "no hold placed");
        officer.api().get("/api/holds").then().body("subjectId", not(hasItem(profile)));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("kind = ?1 and detail like ?2",
                "HOLD_PLACED", "%" + profile + "%")));
    }

    @Test
    void liftingNeedsAReasonAndAHoldInForceAndChangesNothingOtherwise() {
        String id = officer.api().body(hold("PROFILE", subject.mainProfileId(), "LEGAL_CLAIMS", null))
                .post("/api/holds").then().statusCode(201).extract().path("id");

        officer.api().body(Map.of("reason", "  ")).post("/api/holds/{id}/lifting", id).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("reason is required"));
        officer.api().post("/api/holds/{id}/lifting", id).then().statusCode(400)
                .contentType("application/problem+json");
        officer.api().get("/api/holds").then().body("find { it.id == '" + id + "' }.current", equalTo(true));
        officer.api().body(Map.of("reason", "done")).post("/api/holds/{id}/lifting", "no-such-hold").then()
                .statusCode(404).contentType("application/problem+json");

        officer.api().body(Map.of("reason", "settled")).post("/api/holds/{id}/lifting", id).then().statusCode(200);
        officer.api().body(Map.of("reason", "again")).post("/api/holds/{id}/lifting", id).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("lifted already"));
        officer.api().get("/api/holds").then().body("find { it.id == '" + id + "' }.liftReason", equalTo("settled"));
        assertEquals(2, eventsOf(id).size(), "placed and lifted once");
    }

    private void refused(Map<String, Object> body, String detail) {
        officer.api().body(body).post("/api/holds").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString(detail));
    }

    static Map<String, Object> hold(String type, String id, String reason, String until) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectType", type);
        body.put("subjectId", id);
        body.put("reason", reason);
        body.put("note", "Claim by Jane Roe");
        body.put("until", until);
        return body;
    }

    private static long holdsOn(String subjectId) {
        return QuarkusTransaction.requiringNew().call(() -> LegalHold.count("subjectId", subjectId));
    }

    private static List<AuditEvent> eventsOf(String holdId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "detail like ?1 and kind like 'HOLD_%' order by id", "%hold=" + holdId + "%"));
    }
}
