package io.rightsflow.erasure;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Desk;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.PartnerServer;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * After an erasure, a scan of every table, the application's (records and audit trail included)
 * and the engine's (all ACT_* tables: runtime, history, byte arrays, the operation log), finds
 * none of the subject's email, names, words or measurement values.
 */
@QuarkusTest
@Tag("database")
class NoPersonalDataLeftTest {

    /** Stands in for the partner apps the subject is linked to. */
    final PartnerServer partners = PartnerServer.get();


    static final double VALUE = 83.217;

    @Inject
    AgroalDataSource db;

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @AfterEach
    void reset() {
        EngineTime.reset();
    }

    @Test
    void nothingOfAnErasedProfileIsLeftInAnyTable() throws Exception {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Zebediah Quuxworth");
        personalData(subject, profile, "Zebediah");
        String[] personal = { "Zebediah", "Quuxworth", "xyzzy-comment", "plugh-statement", "frobozz-reason", "83.217" };
        assertEachFound(personal);
        String requestId = subject.eraseProfile(profile);
        expire(requestId, "Event_GracePeriodExpired");

        assertEquals(List.of(), whereFound(personal));
    }

    @Test
    void nothingOfAnErasedAccountIsLeftInAnyTable() throws Exception {
        Subject subject = Subject.create("Ermintrude Plovergate");
        personalData(subject, subject.mainProfileId(), "Ermintrude");
        String[] personal = { subject.email(), "Ermintrude", "Plovergate", "xyzzy-comment", "plugh-statement",
            "frobozz-reason", "83.217" };
        assertEachFound(personal);
        String requestId = subject.fileRequest(Map.of("type", "ACCOUNT_ERASURE", "accountId", subject.accountId()));
        expire(requestId, "Event_GracePeriodExpired");

        assertEquals(List.of(), whereFound(personal));
    }

    /** Words and values of the person in every place the service keeps them, partners and the desk included. */
    private void personalData(Subject subject, String profile, String name) {
        subject.api().body(Map.of("partner", "google-fit")).post("/api/profiles/{id}/partners", profile).then()
                .statusCode(201);
        subject.api().body(List.of(Map.of("category", "weight", "takenAt", "2026-02-01T07:00:00Z", "value", VALUE,
                "unit", "kg", "comment", name + " xyzzy-comment"))).post("/api/profiles/{id}/measurements", profile)
                .then().statusCode(201);
        String objection = subject.fileRequest(Map.of("type", "OBJECTION", "profileId", profile,
                "purposes", List.of("CHALLENGES"), "statement", name + " plugh-statement"));
        Desk desk = Desk.withNewAgent();
        desk.staff().api().body(Map.of("months", 1, "reason", name + " frobozz-reason"))
                .post("/api/requests/{id}/extension", objection).then().statusCode(200);
        desk.claimAndDecide(objection, "REJECT", name + " frobozz-reason too");
        await().atMost(Processes.PATIENCE).until(() -> partners.calls("/google-fit/deliveries", "").stream()
                .anyMatch(r -> r.body().contains("83.217")));
    }

    private void expire(String requestId, String waitingAt) {
        String process = Processes.ofRequest(requestId);
        Processes.awaitWaitingAt(runtime, process, waitingAt);
        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        Processes.awaitEnded(history, process);
    }

    /** The scan finds them while the person's data is there: otherwise finding none after proves nothing. */
    private void assertEachFound(String... needles) throws Exception {
        List<String> found = whereFound(needles);
        for (String needle : needles) {
            assertTrue(found.stream().anyMatch(f -> f.startsWith(needle + " in ")), needle + " not found before: " + found);
        }
    }

    /** Where each needle is, as "needle in TABLE.COLUMN". */
    private List<String> whereFound(String... needles) throws Exception {
        List<String> found = new ArrayList<>();
        int scanned = 0;
        int engineTables = 0;
        try (Connection connection = db.getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = connection.createStatement().executeQuery("select table_name, column_name, data_type "
                    + "from information_schema.columns where lower(table_schema) = 'public'")) {
                while (rs.next()) {
                    columns.add(new String[] { rs.getString(1), rs.getString(2), rs.getString(3).toLowerCase(Locale.ROOT) });
                }
            }
            for (String[] column : columns) {
                String table = column[0];
                String type = column[2];
                if (table.toLowerCase(Locale.ROOT).startsWith("act_")) {
                    engineTables++;
                }
                if (type.contains("char") || type.contains("text") || type.contains("clob")) {
                    scanned++;
                    for (String needle : needles) {
                        if (count(connection, "select count(*) from " + quoted(table) + " where " + quoted(column[1]) + " like ?",
                                "%" + needle + "%") > 0) {
                            found.add(needle + " in " + table + "." + column[1]);
                        }
                    }
                } else if (type.contains("binary") || type.contains("bytea") || type.contains("blob")) {
                    scanned++;
                    try (ResultSet rows = connection.createStatement().executeQuery(
                            "select " + quoted(column[1]) + " from " + quoted(table) + " where " + quoted(column[1]) + " is not null")) {
                        while (rows.next()) {
                            String bytes = new String(rows.getBytes(1), StandardCharsets.ISO_8859_1);
                            for (String needle : needles) {
                                if (bytes.contains(needle)) {
                                    found.add(needle + " in " + table + "." + column[1]);
                                }
                            }
                        }
                    }
                } else if (type.contains("double") || type.contains("real") || type.contains("numeric")
                        || type.contains("decimal")) {
                    scanned++;
                    if (count(connection, "select count(*) from " + quoted(table) + " where " + quoted(column[1]) + " = ?", VALUE) > 0) {
                        found.add(VALUE + " in " + table + "." + column[1]);
                    }
                }
            }
        }
        assertTrue(scanned > 200 && engineTables > 100, "scanned " + scanned + " columns, " + engineTables
                + " of the engine: the scan would prove nothing");
        return found;
    }

    /** Names as the catalogue spells them (H2 upper-case, PostgreSQL lower-case; Flyway's table quoted). */
    private static String quoted(String name) {
        return '"' + name + '"';
    }

    private static long count(Connection connection, String sql, Object value) throws Exception {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setObject(1, value);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
