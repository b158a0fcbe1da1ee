package io.rightsflow.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.rightsflow.support.LogCapture;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The chain's head: what an auditor notes, so that removing the newest events shows later. */
@QuarkusTest
@Tag("database")
class AuditHeadTest {

    @Inject
    AgroalDataSource db;

    @Inject
    HeadPublication publication;

    @Test
    void verifyNamesTheHeadAndAHeadNotedEarlierStillHoldsWhileNothingWasTouched() {
        Staff auditor = Staff.create("auditor");
        Subject.create();
        JsonPath first = verify(auditor, null);
        long number = first.getLong("head.number");
        String noted = number + ":" + first.getString("head.hash");
        assertEquals(first.getLong("events"), number);
        assertTrue(first.getString("head.hash").matches("[0-9a-f]{64}"), first.getString("head.hash"));
        Subject.create();
        auditor.api().queryParam("head", noted).get("/api/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true))
                .body("head.number", greaterThan((int) number));
    }

    @Test
    void removingTheNewestEventsGoesUnseenByTheChainAloneButNotAgainstTheNotedHead() throws Exception {
        Staff auditor = Staff.create("auditor");
        Subject.create();
        JsonPath kept = verify(auditor, null);
        Subject.create();
        Subject.create();
        JsonPath newest = verify(auditor, null);
        String noted = newest.getLong("head.number") + ":" + newest.getString("head.hash");

        Removed removed = removeEventsAfter(kept.getLong("head.number"), kept.getString("head.hash"));
        try {
            auditor.api().get("/api/audit/verify").then().statusCode(200).body("valid", equalTo(true));
            auditor.api().queryParam("head", noted).get("/api/audit/verify").then().statusCode(200)
                    .body("valid", equalTo(false))
                    .body("reason", containsString("the newest events were removed"));
        } finally {
            putBack(removed);
        }
        auditor.api().queryParam("head", noted).get("/api/audit/verify").then().body("valid", equalTo(true));
    }

    @Test
    void aNotedHeadWhoseHashDiffersFromTheChainIsReportedAsRewritten() {
        Staff auditor = Staff.create("auditor");
        JsonPath now = verify(auditor, null);
        String other = now.getString("head.hash").startsWith("0") ? "1".repeat(64) : "0".repeat(64);
        auditor.api().queryParam("head", now.getLong("head.number") + ":" + other).get("/api/audit/verify").then()
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("reason", containsString("rewritten"));
    }

    @Test
    void aMalformedHeadIsABadRequestThatShowsWhatAHeadLooksLike() {
        Staff auditor = Staff.create("auditor");
        for (String head : List.of("latest", "12", "12:abc", "-1:" + "a".repeat(64), "x:" + "a".repeat(64))) {
            auditor.api().queryParam("head", head).get("/api/audit/verify").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", containsString("<number>:<hash>"));
        }
    }

    @Test
    void theDailyPublicationLogsTheHeadWhichVerifyThenAcceptsAsNoted() {
        ChainHead published;
        List<String> logged;
        try (LogCapture log = LogCapture.of(HeadPublication.class.getName())) {
            published = publication.publish();
            logged = log.lines();
        }
        assertTrue(logged.stream().anyMatch(line -> line.contains("audit chain head " + published)), logged.toString());
        Staff.create("auditor").api().queryParam("head", published.toString()).get("/api/audit/verify").then()
                .statusCode(200).body("valid", equalTo(true));
    }

    private static JsonPath verify(Staff auditor, String head) {
        var request = auditor.api();
        if (head != null) {
            request.queryParam("head", head);
        }
        return request.get("/api/audit/verify").then().statusCode(200).body("valid", equalTo(true))
                .extract().jsonPath();
    }

    record Event(long id, OffsetDateTime at, String kind, String actor, String requestId, String profileId,
            String detail) {
    }

    record Seal(long seq, long eventId, String prevHash, String hash) {
    }

    record Removed(long headSeq, String headHash, long keptSeq, List<Event> events, List<Seal> seals) {
    }

    /** What a tamperer with database access would do: drop the newest events, their seals, and move the head back. */
    private Removed removeEventsAfter(long keptSeq, String keptHash) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = db.getConnection()) {
                long headSeq;
                String headHash;
                try (ResultSet head = connection.createStatement().executeQuery(
                        "select last_seq, last_hash from audit_chain_head where id = 1 for update")) {
                    head.next();
                    headSeq = head.getLong(1);
                    headHash = head.getString(2);
                }
                List<Seal> seals = new ArrayList<>();
                List<Event> events = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement(
                        "select s.seq, s.event_id, s.prev_hash, s.hash, e.at, e.kind, e.actor, e.request_id,"
                                + " e.profile_id, e.detail from audit_seal s join audit_event e on e.id = s.event_id"
                                + " where s.seq > ? order by s.seq")) {
                    select.setLong(1, keptSeq);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            seals.add(new Seal(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4)));
                            events.add(new Event(rows.getLong(2), rows.getObject(5, OffsetDateTime.class),
                                    rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9),
                                    rows.getString(10)));
                        }
                    }
                }
                update(connection, "delete from audit_seal where seq > ?", keptSeq);
                for (Event event : events) {
                    update(connection, "delete from audit_event where id = ?", event.id());
                }
                update(connection, "update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", keptSeq, keptHash);
                return new Removed(headSeq, headHash, keptSeq, events, seals);
            }
        });
    }

    /** Restores the trail for the tests after this one: whatever was sealed meanwhile is sealed again after it. */
    private void putBack(Removed removed) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = db.getConnection()) {
                try (ResultSet head = connection.createStatement().executeQuery(
                        "select last_seq from audit_chain_head where id = 1 for update")) {
                    head.next();
                }
                update(connection, "delete from audit_seal where seq > ?", removed.keptSeq());
                for (Event e : removed.events()) {
                    update(connection, "insert into audit_event (id, at, kind, actor, request_id, profile_id, detail)"
                            + " values (?, ?, ?, ?, ?, ?, ?)", e.id(), e.at(), e.kind(), e.actor(), e.requestId(),
                            e.profileId(), e.detail());
                }
                for (Seal s : removed.seals()) {
                    update(connection, "insert into audit_seal (seq, event_id, prev_hash, hash) values (?, ?, ?, ?)",
                            s.seq(), s.eventId(), s.prevHash(), s.hash());
                }
                update(connection, "update audit_chain_head set last_seq = ?, last_hash = ? where id = 1",
                        removed.headSeq(), removed.headHash());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static int update(Connection connection, String sql, Object... parameters) throws java.sql.SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }
}
