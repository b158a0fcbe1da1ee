package io.rightsflow.audit;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("database")
class AuditChainTest {

    @Inject
    AgroalDataSource db;

    @Test
    void theChainOfTheTrailVerifiesAndOnlyAuditorsMayCheckIt() {
        Subject subject = Subject.create();
        subject.fileRequest(Map.of("type", "EXPORT", "profileId", subject.mainProfileId()));
        Staff auditor = Staff.create("auditor");
        auditor.api().get("/api/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true)).body("events", greaterThan(0));
        // The export goes on writing events in the background; the sealer catches up with them all.
        await().atMost(Processes.PATIENCE).until(() -> auditor.api().get("/api/audit/verify").then()
                .body("valid", equalTo(true)).extract().<Integer>path("pending") == 0);
        Staff.create("agent").api().get("/api/audit/verify").then().statusCode(403);
        subject.api().get("/api/audit/verify").then().statusCode(403);
    }

    @Test
    void anAuditRowChangedInTheDatabaseIsDetectedAtThatEvent() throws Exception {
        Subject subject = Subject.create();
        String requestId = subject.fileRequest(Map.of("type", "OBJECTION", "profileId", subject.mainProfileId(),
                "purposes", List.of("CHALLENGES")));
        Staff auditor = Staff.create("auditor");
        auditor.api().get("/api/audit/verify").then().body("valid", equalTo(true));
        long eventId = eventOf(requestId, "REQUEST_RECEIVED");
        String original = detailOf(eventId);

        setDetail(eventId, "type=EXPORT channel=SELF_SERVICE");
        try {
            auditor.api().get("/api/audit/verify").then().statusCode(200)
                    .body("valid", equalTo(false))
                    .body("firstBrokenAt", equalTo((int) eventId))
                    .body("reason", equalTo("its content was changed"));
        } finally {
            setDetail(eventId, original);
        }
        auditor.api().get("/api/audit/verify").then().body("valid", equalTo(true));
        assertEquals(original, detailOf(eventId));
    }

    private long eventOf(String requestId, String kind) throws Exception {
        try (var connection = db.getConnection(); var statement = connection.prepareStatement(
                "select id from audit_event where request_id = ? and kind = ?")) {
            statement.setString(1, requestId);
            statement.setString(2, kind);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private String detailOf(long eventId) throws Exception {
        try (var connection = db.getConnection();
                var statement = connection.prepareStatement("select detail from audit_event where id = ?")) {
            statement.setLong(1, eventId);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

    /** What an intruder with database access would do; the application itself never updates the trail. */
    private void setDetail(long eventId, String detail) throws Exception {
        try (var connection = db.getConnection();
                var statement = connection.prepareStatement("update audit_event set detail = ? where id = ?")) {
            statement.setString(1, detail);
            statement.setLong(2, eventId);
            assertEquals(1, statement.executeUpdate());
        }
    }
}
