package io.rightsflow.workflow;

import static io.rightsflow.support.Cluster.api;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.rightsflow.support.Cluster;
import io.rightsflow.support.FreshDatabase;
import io.rightsflow.support.ServiceProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Several packaged services on one PostgreSQL database and one real SMTP server: the engine's job
 * executor spreads the work, and every timer, step and mail happens once, also when a node dies.
 * Prints requests per second for two nodes, and for one node with {@code -Dcluster.baseline=true}.
 */
@Tag("database")
class ClusterIT {

    static final int REQUESTS = Integer.getInteger("cluster.requests", 200);
    /** Also measure one node alone on the same backlog, for the two-node ratio. */
    static final boolean BASELINE = Boolean.getBoolean("cluster.baseline");
    static final String GRACE_SECONDS = "20";
    /**
     * Far longer than filing the backlog and telling each person take (about a minute on a busy
     * machine), so that none of it is due before the front node leaves; the test then ends every
     * grace period at once ({@link #endGracePeriods}) instead of waiting for them.
     */
    static final String BACKLOG_GRACE_SECONDS = "3600";

    Cluster cluster;

    @BeforeEach
    void setUp() throws Exception {
        cluster = Cluster.start(Path.of("target", "cluster-it.log"));
    }

    @AfterEach
    void tearDown() throws Exception {
        cluster.close();
    }

    @Test
    void twoNodesOnOneDatabaseCompleteEveryErasureOnceAndShareTheWork() throws Exception {
        // The one-node baseline doubles the test's time, so it runs only for the figures (README: cluster.baseline).
        double oneNode = BASELINE ? backlogCompletedBy(List.of("node-a"), "one") : Double.NaN;
        double twoNodes = backlogCompletedBy(List.of("node-a", "node-b"), "two");
        long byA = jobsRunBy("node-a", "two");
        long byB = jobsRunBy("node-b", "two");
        System.out.printf("ClusterIT: a backlog of %d profile erasures (each person told, grace over, every later step to run):"
                + " one node completes %.1f requests/s, two nodes %.1f requests/s (ratio %.2f; jobs run by node-a %d,"
                + " node-b %d)%n", REQUESTS, oneNode, twoNodes, twoNodes / oneNode, byA, byB);
        assertTrue(byA > 0 && byB > 0, "both nodes ran jobs of the backlog: node-a " + byA + ", node-b " + byB);
        assertTrue(requestsWorkedOnBy("node-a", "two") > 0 && requestsWorkedOnBy("node-b", "two") > 0,
                "both nodes worked on erasures: node-a " + requestsWorkedOnBy("node-a", "two") + ", node-b "
                        + requestsWorkedOnBy("node-b", "two"));
    }

    @Test
    void whenANodeIsKilledMidwayTheSurvivorFinishesEverythingOnce() throws Exception {
        try (ServiceProcess a = node("node-a"); ServiceProcess b = node("node-b")) {
            List<Filed> filed = fileErasures(List.of(a, b), "kill");
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                    .until(() -> completed("kill") >= REQUESTS / 4);
            assertTrue(jobsRunBy("node-a", "kill") > 0 && jobsRunBy("node-b", "kill") > 0, "both nodes ran jobs: a="
                    + jobsRunBy("node-a", "kill") + " b=" + jobsRunBy("node-b", "kill"));
            a.kill();
            System.out.printf("ClusterIT: node-a killed with %d of %d requests completed%n", completed("kill"), REQUESTS);
            awaitAllCompleted("kill");
            assertEachDoneOnce(filed, "kill", Cluster.POOL_SIZE);
        }
    }

    /**
     * Files the erasures through a front node that only tells each person (the grace period starts
     * with that mail) and leaves before any grace period is over, so that all of them wait at once;
     * then starts the working nodes and measures how fast they complete that backlog.
     */
    private double backlogCompletedBy(List<String> names, String batch) throws Exception {
        List<Filed> filed;
        try (ServiceProcess front = cluster.node("front", true, BACKLOG_GRACE_SECONDS)) {
            filed = fileErasures(List.of(front), batch);
            // A grace period starts once its person is told: the front node sends the mails, and
            // leaves before the first of those grace periods is over.
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                    .until(() -> gracePeriodsRunning(batch) == REQUESTS);
            assertEquals(0, completed(batch), "no erasure was due before the workers started");
        }
        endGracePeriods(batch);
        Instant workersStarted = Instant.now();
        List<ServiceProcess> workers = nodes(names);
        try {
            awaitAllCompleted(batch);
            assertEachDoneOnce(filed, batch);
            return REQUESTS / processingSeconds(batch, workersStarted);
        } finally {
            for (ServiceProcess worker : workers) {
                worker.close();
            }
        }
    }

    /** Working nodes, started side by side (each takes seconds to start); all of them or none. */
    private List<ServiceProcess> nodes(List<String> names) throws Exception {
        ExecutorService starting = Executors.newFixedThreadPool(names.size());
        List<Future<ServiceProcess>> started = new ArrayList<>();
        List<ServiceProcess> nodes = new ArrayList<>();
        try {
            for (String name : names) {
                started.add(starting.submit(() -> node(name)));
            }
            for (Future<ServiceProcess> node : started) {
                nodes.add(node.get());
            }
            return nodes;
        } catch (Exception failed) {
            for (Future<ServiceProcess> node : started) {
                try {
                    node.get().close();
                } catch (Exception alsoFailed) {
                    failed.addSuppressed(alsoFailed);
                }
            }
            throw failed;
        } finally {
            starting.shutdownNow();
        }
    }

    /**
     * What the clock does at the end of the grace period, for the whole backlog at once: every grace
     * timer of the batch is due now. Nothing holds them (the front node has left, the workers have
     * not started), and the engine's job executor finds due timers by this column.
     */
    private void endGracePeriods(String batch) throws Exception {
        try (var connection = cluster.database().connect(); var update = connection.prepareStatement(
                "update act_ru_job set duedate_ = ? where type_ = 'timer' and process_instance_id_ in"
                        + " (select r.process_instance_id from data_request r join account a on a.id = r.account_id"
                        + " where a.email like ?)")) {
            update.setTimestamp(1, java.sql.Timestamp.from(Instant.now()));
            update.setString(2, batch + "-%");
            assertEquals(REQUESTS, update.executeUpdate(), "one grace timer per request");
        }
    }

    private ServiceProcess node(String name) throws Exception {
        return cluster.node(name, true, GRACE_SECONDS);
    }

    record Filed(String email, String profileId, String requestId) {
    }

    /** Accounts with a profile and some data each, and its erasure, filed in parallel across the nodes. */
    private List<Filed> fileErasures(List<ServiceProcess> nodes, String batch) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Filed>> futures = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                ServiceProcess node = nodes.get(i % nodes.size());
                futures.add(pool.submit(() -> fileOne(node, batch)));
            }
            List<Filed> filed = new ArrayList<>();
            for (Future<Filed> future : futures) {
                filed.add(future.get());
            }
            return filed;
        } finally {
            pool.shutdownNow();
        }
    }

    private Filed fileOne(ServiceProcess node, String batch) {
        Cluster.Owner owner = cluster.newChildProfile(node, batch);
        String requestId = api(node, owner.email()).body(Map.of("type", "PROFILE_ERASURE", "profileId", owner.profileId()))
                .post("/api/requests").then().statusCode(201).extract().path("id");
        return new Filed(owner.email(), owner.profileId(), requestId);
    }

    private void awaitAllCompleted(String batch) {
        await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(200))
                .until(() -> completed(batch) == REQUESTS);
    }

    private void assertEachDoneOnce(List<Filed> filed, String batch) throws Exception {
        assertEachDoneOnce(filed, batch, 0);
    }

    /**
     * {@code redeliveries}: a node killed (kill -9) after the SMTP server took a mail but before
     * its log entry committed leaves the step to be retried, and the mail goes out again, with the
     * same Message-ID (so the recipient's mail system can drop it). At most the killed node's
     * running jobs can do that; without a crash there is none.
     */
    private void assertEachDoneOnce(List<Filed> filed, String batch, int redeliveries) throws Exception {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> cluster.mails(batch, "has been deleted").stream().distinct().count() >= REQUESTS);
        Thread.sleep(2000); // a mail sent twice would arrive within this
        List<String> completedMails = cluster.mails(batch, "has been deleted");
        assertEquals(REQUESTS, completedMails.stream().distinct().count(), "each completed mail once per request");
        assertTrue(completedMails.size() <= REQUESTS + redeliveries, "sent again: " + completedMails.size());
        // A scheduled mail still waiting when the purge ends is dropped with it (the process terminates):
        // after the deletion it would announce something already done. It is never sent twice.
        List<String> scheduledMails = cluster.mails(batch, "scheduled for deletion");
        assertTrue(scheduledMails.size() - scheduledMails.stream().distinct().count() <= redeliveries,
                "scheduled mails sent again: " + scheduledMails.size());
        assertTrue(scheduledMails.stream().distinct().count() <= REQUESTS, "scheduled mails: " + scheduledMails.size());
        System.out.printf("ClusterIT [%s]: %d completed mails (%d distinct) and %d scheduled mails for %d requests%n",
                batch, completedMails.size(), completedMails.stream().distinct().count(), scheduledMails.size(), REQUESTS);
        try (Connection db = cluster.database().connect()) {
            for (Filed one : filed) {
                assertEquals(1, FreshDatabase.count(db, "select count(*) from act_hi_actinst a join data_request r"
                        + " on r.process_instance_id = a.proc_inst_id_ where r.id = ? and a.act_id_ = 'Event_GracePeriodExpired'",
                        one.requestId()), "the grace timer fired once for " + one.requestId());
                assertEquals(0, FreshDatabase.count(db, "select count(*) from measurement where profile_id = ?", one.profileId()));
                assertEquals(0, FreshDatabase.count(db, "select count(*) from profile where id = ?", one.profileId()));
            }
        }
        assertEquals(0, cluster.database().count("select count(*) from act_ru_incident"), "no incident");
    }

    private long completed(String batch) throws Exception {
        return cluster.database().count("select count(*) from data_request r join account a on a.id = r.account_id"
                + " where r.status = 'COMPLETED' and a.email like ?", batch + "-%");
    }

    private long jobsRunBy(String node, String batch) throws Exception {
        return cluster.database().count("select count(*) from act_hi_job_log l join data_request r"
                + " on r.process_instance_id = l.process_instance_id_ join account a on a.id = r.account_id"
                + " where l.hostname_ = ? and l.job_state_ = 2 and a.email like ?", node, batch + "-%");
    }

    /** Requests of the batch with at least one step completed by the node. */
    private long requestsWorkedOnBy(String node, String batch) throws Exception {
        return cluster.database().count("select count(distinct r.id) from act_hi_job_log l join data_request r"
                + " on r.process_instance_id = l.process_instance_id_ join account a on a.id = r.account_id"
                + " where l.hostname_ = ? and l.job_state_ = 2 and a.email like ?", node, batch + "-%");
    }

    /** From the first to the last job of the batch that the workers ran after they started. */
    private double processingSeconds(String batch, Instant since) throws Exception {
        try (var connection = cluster.database().connect(); var query = connection.prepareStatement(
                "select extract(epoch from max(l.timestamp_) - min(l.timestamp_)) from act_hi_job_log l"
                        + " join data_request r on r.process_instance_id = l.process_instance_id_"
                        + " join account a on a.id = r.account_id where l.job_state_ = 2 and a.email like ?"
                        + " and l.timestamp_ >= ?")) {
            query.setString(1, batch + "-%");
            query.setTimestamp(2, java.sql.Timestamp.from(since));
            try (var result = query.executeQuery()) {
                result.next();
                return Math.max(0.001, result.getDouble(1));
            }
        }
    }

    /** Requests of the batch whose grace timer runs: their person has been told. */
    private long gracePeriodsRunning(String batch) throws Exception {
        return cluster.database().count("select count(*) from act_ru_job j join data_request r"
                + " on r.process_instance_id = j.process_instance_id_ join account a on a.id = r.account_id"
                + " where j.type_ = 'timer' and a.email like ?", batch + "-%");
    }
}
