package io.rightsflow.downstream;

import static io.rightsflow.support.Processes.awaitEnded;
import static io.rightsflow.support.Processes.awaitWaitingAt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An sql system (the analytics warehouse, a real MariaDB database) reached by a profile's erasure. */
@QuarkusTest
@TestProfile(DownstreamSystemsProfile.class)
class WarehouseTest {

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @BeforeEach
    void warehouse() throws SQLException {
        try (Connection server = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", null)) {
            server.createStatement().execute("create database if not exists " + DownstreamSystemsProfile.WAREHOUSE_DATABASE);
        }
        try (Connection db = warehouseDb(); Statement sql = db.createStatement()) {
            sql.execute("create table if not exists warehouse_bp (profile_id varchar(36), systolic int, diastolic int, taken_on date)");
            sql.execute("create table if not exists warehouse_visits (profile_id varchar(36), city varchar(80), visits int)");
        }
    }

    @AfterEach
    void reset() {
        EngineTime.reset();
    }

    @Test
    void erasingAProfileWithABloodPressureMonitorDeletesAndAnonymisesItsRowsInTheWarehouseOnlyAndCountsThem()
            throws SQLException {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        String other = subject.addProfile("Alex");
        subject.addDevice(profile, "bpm");
        insert("insert into warehouse_bp values ('" + profile + "', 120, 80, '2026-11-01'), ('" + profile
                + "', 125, 82, '2026-11-02'), ('" + other + "', 110, 70, '2026-11-01')");
        insert("insert into warehouse_visits values ('" + profile + "', 'Lyon', 3), ('" + other + "', 'Nice', 1)");
        String requestId = subject.eraseProfile(profile);
        String process = Processes.ofRequest(requestId);
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");

        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        awaitEnded(history, process);

        assertEquals(0, count("select count(*) from warehouse_bp where profile_id = '" + profile + "'"));
        assertEquals(0, count("select count(*) from warehouse_visits where profile_id = '" + profile + "' or city = 'Lyon'"));
        assertEquals(1, count("select count(*) from warehouse_visits where profile_id is null and visits = 3"),
                "the visit is kept, anonymised");
        assertEquals(1, count("select count(*) from warehouse_bp where profile_id = '" + other + "'"), "the other profile's row stays");
        List<SystemCall> calls = QuarkusTransaction.requiringNew().call(() -> SystemCall.of(requestId));
        assertEquals(List.of("warehouse"), calls.stream().map(c -> c.systemId).toList());
        assertEquals(SystemCall.Status.COMPLETED, calls.get(0).status);
        assertEquals(3L, calls.get(0).rowCount, "two rows deleted, one anonymised");
    }

    private static Connection warehouseDb() throws SQLException {
        return DriverManager.getConnection(DownstreamSystemsProfile.WAREHOUSE_URL, "root", null);
    }

    private static void insert(String sql) throws SQLException {
        try (Connection db = warehouseDb(); Statement statement = db.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = warehouseDb(); var rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
