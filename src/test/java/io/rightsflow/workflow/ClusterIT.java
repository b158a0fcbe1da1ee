package io.rightsflow.workflow;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.rightsflow.support.FreshDatabase;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.ServiceProcess;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several packaged services on one PostgreSQL database and one real SMTP server: the engine's job
 * executor spreads the work, and every timer, step and mail happens once, also when a node dies.
 * Prints requests per second for one node and for two.
 */
class ClusterIT {

    static final int REQUESTS = Integer.getInteger("cluster.requests", 200);
    static final String GRACE_SECONDS = "20";
    /** Longer than filing the backlog takes, so that none of it is due before the workers start. */
    static final String BACKLOG_GRACE_SECONDS = "45";
    static final String PASSWORD = "Cluster-Test-9!";
    /** rightsflow.jobs.pool-size: the most jobs a node runs at once. */
    static final int POOL_SIZE = 4;

    GreenMail smtp;
    FreshDatabase database;
    Path log;
    /** Each node's own disk (its working directory), as on separate machines. */
    List<Path> disks = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        // A node killed mid-conversation resets its SMTP connection, and GreenMail's handler thread
        // throws for it: expected here, so it must not fail the waits (Awaitility fails on any
        // uncaught exception of any thread by default).
        Awaitility.doNotCatchUncaughtExceptionsByDefault();
        smtp = new GreenMail(new ServerSetup(ServiceProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        database = FreshDatabase.create();
        log = Path.of("target", "cluster-it.log");
        Files.createDirectories(log.getParent());
    }

    @AfterEach
    void tearDown() throws Exception {
        Awaitility.reset();
        smtp.stop();
        database.close();
    }

    @Test
    void oneNodeAndThenTwoOnOneDatabaseCompleteEveryErasureOnceAndTwoShareTheWork() throws Exception {
        double oneNode = backlogCompletedBy(List.of("node-a"), "one");
        double twoNodes = backlogCompletedBy(List.of("node-a", "node-b"), "two");
        System.out.printf("ClusterIT: a backlog of %d profile erasures (each person told, grace over, every later step to run):"
                + " one node completes %.1f requests/s, two nodes %.1f requests/s (ratio %.2f; jobs run by node-a %d,"
                + " node-b %d)%n", REQUESTS, oneNode, twoNodes, twoNodes / oneNode, jobsRunBy("node-a", "two"),
                jobsRunBy("node-b", "two"));
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
            assertEachDoneOnce(filed, "kill", POOL_SIZE);
        }
    }

    /**
     * Every node has a disk of its own: an archive built by one node downloads from another, and
     * an erasure run by a third removes it for all of them, with no byte of it left anywhere.
     */
    @Test
    void anArchiveBuiltOnOneNodeDownloadsFromAnotherAndAnErasureRunByAThirdRemovesItEverywhere() throws Exception {
        try (ServiceProcess front = node("front", false)) {
            Filed owner;
            String exportId;
            String link;
            try (ServiceProcess builder = node("builder")) {
                owner = newChildProfile(front, "archive");
                exportId = api(front, owner.email()).body(Map.of("type", "EXPORT", "profileId", owner.profileId()))
                        .post("/api/requests").then().statusCode(201).extract().path("id");
                link = Mailbox.linkPath(Mailbox.plainText(awaitMail(owner.email(), "ready to download")));
                byte[] built = given().baseUri(builder.baseUri()).get(link).then().statusCode(200).extract().asByteArray();
                assertArrayEquals(built, given().baseUri(front.baseUri()).get(link).then().statusCode(200)
                        .contentType("application/zip").extract().asByteArray(), "the link, on a node that did not build it");
                assertArrayEquals(built, api(front, owner.email()).get("/api/requests/{id}/archive", exportId).then()
                        .statusCode(200).extract().asByteArray(), "the API, on a node that did not build it");
                assertTrue(zipEntries(built).contains("weight.csv"), "a whole archive: " + zipEntries(built));
            }
            try (ServiceProcess eraser = node("eraser")) {
                String erasureId = api(front, owner.email()).body(Map.of("type", "PROFILE_ERASURE", "profileId",
                        owner.profileId())).post("/api/requests").then().statusCode(201).extract().path("id");
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> database.count(
                        "select count(*) from data_request where id = ? and status = 'COMPLETED'", erasureId) == 1);
                for (ServiceProcess node : List.of(front, eraser)) {
                    given().baseUri(node.baseUri()).get(link).then().statusCode(410);
                    api(node, owner.email()).get("/api/requests/{id}/archive", exportId).then()
                            .statusCode(anyOf(is(404), is(410)));
                }
            }
            assertEquals(0, database.count("select count(*) from export_archive_chunk where request_id = ?", exportId));
            assertEquals(0, database.count("select count(*) from export_archive where request_id = ?", exportId));
            for (Path disk : disks) {
                try (var files = Files.walk(disk)) {
                    assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith(exportId)).toList(),
                            "nothing of the archive on the disk of " + disk);
                }
            }
        }
    }

    /**
     * Files the erasures through a node that runs no background steps, so that all of them wait at
     * once, then starts the working nodes and measures how fast they complete that backlog.
     */
    private double backlogCompletedBy(List<String> names, String batch) throws Exception {
        List<Filed> filed;
        try (ServiceProcess front = node("front", true, BACKLOG_GRACE_SECONDS)) {
            filed = fileErasures(List.of(front), batch);
            // A grace period starts once its person is told: the front node sends the mails, and
            // leaves before the first of those grace periods is over.
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                    .until(() -> gracePeriodsRunning(batch) == REQUESTS);
            assertEquals(0, completed(batch), "no erasure was due before the workers started");
        }
        Thread.sleep(Duration.ofSeconds(Long.parseLong(BACKLOG_GRACE_SECONDS)).toMillis());
        Instant workersStarted = Instant.now();
        List<ServiceProcess> workers = new ArrayList<>();
        ExecutorService starting = Executors.newFixedThreadPool(names.size());
        try {
            List<Future<ServiceProcess>> started = new ArrayList<>();
            for (String name : names) {
                started.add(starting.submit(() -> node(name)));
            }
            for (Future<ServiceProcess> node : started) {
                workers.add(node.get());
            }
            awaitAllCompleted(batch);
            assertEachDoneOnce(filed, batch);
            return REQUESTS / processingSeconds(batch, workersStarted);
        } finally {
            starting.shutdownNow();
            for (ServiceProcess worker : workers) {
                worker.close();
            }
        }
    }

    private ServiceProcess node(String name) throws Exception {
        return node(name, true);
    }

    private ServiceProcess node(String name, boolean runsJobs) throws Exception {
        return node(name, runsJobs, GRACE_SECONDS);
    }

    private ServiceProcess node(String name, boolean runsJobs, String graceSeconds) throws Exception {
        Map<String, String> config = new HashMap<>(database.config());
        config.put("rightsflow.jobs.job-executor-active", String.valueOf(runsJobs));
        config.putAll(Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(smtp.getSmtp().getPort()),
                "quarkus.mailer.start-tls", "DISABLED",
                "rightsflow.erasure.grace-period", "PT" + graceSeconds + "S",
                "rightsflow.security.bcrypt-cost", "4",
                "rightsflow.jobs.node-name", name,
                "rightsflow.jobs.pool-size", String.valueOf(POOL_SIZE),
                // a dead node's jobs go to the survivor after this
                "rightsflow.jobs.lock-time-millis", "10000"));
        Path disk = Files.createTempDirectory(Files.createDirectories(Path.of("target", "cluster-disks")), name + "-");
        disks.add(disk);
        return ServiceProcess.start(log, config, disk);
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

    private static Filed fileOne(ServiceProcess node, String batch) {
        Filed owner = newChildProfile(node, batch);
        String requestId = api(node, owner.email()).body(Map.of("type", "PROFILE_ERASURE", "profileId", owner.profileId()))
                .post("/api/requests").then().statusCode(201).extract().path("id");
        return new Filed(owner.email(), owner.profileId(), requestId);
    }

    /** An account with a child profile that holds a weight and a height; no request yet. */
    private static Filed newChildProfile(ServiceProcess node, String batch) {
        String email = batch + "-" + UUID.randomUUID() + "@cluster.test";
        String accountId = given().baseUri(node.baseUri()).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", PASSWORD, "profileName", "Main"))
                .post("/api/accounts").then().statusCode(201).extract().path("accountId");
        String profileId = api(node, email).body(Map.of("name", "Child")).post("/api/accounts/{id}/profiles", accountId)
                .then().statusCode(201).extract().path("profileId");
        api(node, email).body(List.of(
                        Map.of("category", "weight", "takenAt", "2026-01-01T07:00:00Z", "value", 30, "unit", "kg"),
                        Map.of("category", "height", "takenAt", "2026-01-01T07:00:00Z", "value", 130, "unit", "cm")))
                .post("/api/profiles/{id}/measurements", profileId).then().statusCode(201);
        return new Filed(email, profileId, null);
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
                .until(() -> mails(batch, "has been deleted").stream().distinct().count() >= REQUESTS);
        Thread.sleep(2000); // a mail sent twice would arrive within this
        List<String> completedMails = mails(batch, "has been deleted");
        assertEquals(REQUESTS, completedMails.stream().distinct().count(), "each completed mail once per request");
        assertTrue(completedMails.size() <= REQUESTS + redeliveries, "sent again: " + completedMails.size());
        // A scheduled mail still waiting when the purge ends is dropped with it (the process terminates):
        // after the deletion it would announce something already done. It is never sent twice.
        List<String> scheduledMails = mails(batch, "scheduled for deletion");
        assertTrue(scheduledMails.size() - scheduledMails.stream().distinct().count() <= redeliveries,
                "scheduled mails sent again: " + scheduledMails.size());
        assertTrue(scheduledMails.size() <= REQUESTS);
        System.out.printf("ClusterIT [%s]: %d completed mails (%d distinct) and %d scheduled mails for %d requests%n",
                batch, completedMails.size(), completedMails.stream().distinct().count(), scheduledMails.size(), REQUESTS);
        for (Filed one : filed) {
            assertEquals(1, database.count("select count(*) from act_hi_actinst a join data_request r"
                    + " on r.process_instance_id = a.proc_inst_id_ where r.id = ? and a.act_id_ = 'Event_GracePeriodExpired'",
                    one.requestId()), "the grace timer fired once for " + one.requestId());
            assertEquals(0, database.count("select count(*) from measurement where profile_id = ?", one.profileId()));
            assertEquals(0, database.count("select count(*) from profile where id = ?", one.profileId()));
        }
        assertEquals(0, database.count("select count(*) from act_ru_incident"), "no incident");
    }

    private long completed(String batch) throws Exception {
        return database.count("select count(*) from data_request r join account a on a.id = r.account_id"
                + " where r.status = 'COMPLETED' and a.email like ?", batch + "-%");
    }

    private long jobsRunBy(String node, String batch) throws Exception {
        return database.count("select count(*) from act_hi_job_log l join data_request r"
                + " on r.process_instance_id = l.process_instance_id_ join account a on a.id = r.account_id"
                + " where l.hostname_ = ? and l.job_state_ = 2 and a.email like ?", node, batch + "-%");
    }

    /** From the first job of the batch to the last, as the engine's job log has them: start-up not included. */
    /** From the first to the last job of the batch that the workers ran after they started. */
    private double processingSeconds(String batch, Instant since) throws Exception {
        try (var connection = database.connect(); var query = connection.prepareStatement(
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
        return database.count("select count(*) from act_ru_job j join data_request r"
                + " on r.process_instance_id = j.process_instance_id_ join account a on a.id = r.account_id"
                + " where j.type_ = 'timer' and a.email like ?", batch + "-%");
    }

    private MimeMessage awaitMail(String to, String subjectContains) throws Exception {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> mail(to, subjectContains) != null);
        return mail(to, subjectContains);
    }

    private MimeMessage mail(String to, String subjectContains) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(to) && message.getSubject().contains(subjectContains)) {
                return message;
            }
        }
        return null;
    }

    private static List<String> zipEntries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    /** Recipient and Message-ID of each mail of the batch received with this subject. */
    private List<String> mails(String batch, String subjectContains) throws Exception {
        List<String> received = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String to = message.getAllRecipients()[0].toString();
            if (to.startsWith(batch + "-") && message.getSubject().contains(subjectContains)) {
                received.add(to + " " + message.getMessageID());
            }
        }
        return received;
    }

    private static RequestSpecification api(ServiceProcess node, String email) {
        return given().baseUri(node.baseUri()).auth().preemptive().basic(email, PASSWORD).contentType(ContentType.JSON);
    }
}
