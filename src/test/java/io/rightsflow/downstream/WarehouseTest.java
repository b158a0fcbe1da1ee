package io.rightsflow.downstream;

import static io.rightsflow.support.Processes.awaitEnded;
import static io.rightsflow.support.Processes.awaitWaitingAt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Subject;
import io.rightsflow.support.Warehouse;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** An sql system (the analytics warehouse, a real MariaDB database) reached by a profile's erasure. */
@QuarkusTest
@Tag("database")
@TestProfile(DownstreamSystemsProfile.class)
class WarehouseTest {

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @BeforeEach
    void warehouse() {
        Warehouse.ready();
    }

    @AfterEach
    void reset() {
        EngineTime.reset();
    }

    @Test
    void erasingAProfileWithABloodPressureMonitorDeletesAndAnonymisesItsRowsInTheWarehouseOnlyAndCountsThem() {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        String other = subject.addProfile("Alex");
        subject.addDevice(profile, "bpm");
        Warehouse.holdRowsOf(profile);
        Warehouse.update("insert into warehouse_bp values ('" + other + "', 110, 70, '2026-11-01')");
        long anonymisedBefore = Warehouse.count("select count(*) from warehouse_visits where profile_id is null");
        String requestId = subject.eraseProfile(profile);
        String process = Processes.ofRequest(requestId);
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");

        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        awaitEnded(history, process);

        assertEquals(0, Warehouse.count("select count(*) from warehouse_bp where profile_id = '" + profile + "'"));
        assertEquals(0, Warehouse.count("select count(*) from warehouse_visits where profile_id = '" + profile + "'"));
        assertEquals(anonymisedBefore + 1, Warehouse.count("select count(*) from warehouse_visits where profile_id is null"),
                "the visit is kept, anonymised");
        assertEquals(1, Warehouse.count("select count(*) from warehouse_bp where profile_id = '" + other + "'"), "the other profile's row stays");
        List<SystemCall> calls = QuarkusTransaction.requiringNew().call(() -> SystemCall.of(requestId));
        assertEquals(List.of("warehouse"), calls.stream().map(c -> c.systemId).toList());
        assertEquals(SystemCall.Status.COMPLETED, calls.get(0).status);
        assertEquals(3L, calls.get(0).rowCount, "two rows deleted, one anonymised");
    }

}
