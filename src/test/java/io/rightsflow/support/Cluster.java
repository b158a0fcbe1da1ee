package io.rightsflow.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;

/**
 * Packaged services (nodes) on one fresh PostgreSQL database and one real SMTP server (GreenMail,
 * in the test JVM); each node has a disk of its own (its working directory), as on separate machines.
 */
public final class Cluster implements AutoCloseable {

    public static final String PASSWORD = "Cluster-Test-9!";
    /** rightsflow.jobs.pool-size: the most jobs a node runs at once. */
    public static final int POOL_SIZE = 4;

    private final GreenMail smtp;
    private final FreshDatabase database;
    private final Path log;
    private final List<Path> disks = new ArrayList<>();

    private Cluster(GreenMail smtp, FreshDatabase database, Path log) {
        this.smtp = smtp;
        this.database = database;
        this.log = log;
    }

    /** The mail server and the database, no node yet; every node logs into {@code log}. */
    public static Cluster start(Path log) throws Exception {
        // A node killed mid-conversation resets its SMTP connection, and GreenMail's handler thread
        // throws for it: expected here, so it must not fail the waits (Awaitility fails on any
        // uncaught exception of any thread by default).
        Awaitility.doNotCatchUncaughtExceptionsByDefault();
        GreenMail smtp = new GreenMail(new ServerSetup(ServiceProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Files.createDirectories(log.getParent());
        return new Cluster(smtp, FreshDatabase.create(), log);
    }

    public FreshDatabase database() {
        return database;
    }

    /** The disks of every node started so far. */
    public List<Path> disks() {
        return List.copyOf(disks);
    }

    /**
     * Starts a node named {@code name} (the engine's job log names it) and waits until it is ready.
     *
     * @param runsJobs     whether its job executor runs background steps, timers and mails
     * @param graceSeconds the grace period of its erasures
     */
    public ServiceProcess node(String name, boolean runsJobs, String graceSeconds) throws Exception {
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

    public static RequestSpecification api(ServiceProcess node, String email) {
        return given().baseUri(node.baseUri()).auth().preemptive().basic(email, PASSWORD).contentType(ContentType.JSON);
    }

    /** An account (its address starts with the batch's name) and its child profile. */
    public record Owner(String email, String profileId) {
    }

    /** An account with a child profile that holds a weight and a height; no request yet. */
    public Owner newChildProfile(ServiceProcess node, String batch) {
        String email = batch + "-" + UUID.randomUUID() + "@cluster.test";
        String accountId = SignUps.confirmed(node.baseUri(), smtp, email, PASSWORD, "Main").get("accountId");
        String profileId = api(node, email).body(Map.of("name", "Child")).post("/api/accounts/{id}/profiles", accountId)
                .then().statusCode(201).extract().path("profileId");
        api(node, email).body(List.of(
                        Map.of("category", "weight", "takenAt", "2026-01-01T07:00:00Z", "value", 30, "unit", "kg"),
                        Map.of("category", "height", "takenAt", "2026-01-01T07:00:00Z", "value", 130, "unit", "cm")))
                .post("/api/profiles/{id}/measurements", profileId).then().statusCode(201);
        return new Owner(email, profileId);
    }

    public MimeMessage awaitMail(String to, String subjectContains) throws Exception {
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

    /** Recipient and Message-ID of each mail of the batch received with this subject. */
    public List<String> mails(String batch, String subjectContains) throws Exception {
        List<String> received = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String to = message.getAllRecipients()[0].toString();
            if (to.startsWith(batch + "-") && message.getSubject().contains(subjectContains)) {
                received.add(to + " " + message.getMessageID());
            }
        }
        return received;
    }

    @Override
    public void close() throws Exception {
        Awaitility.reset();
        smtp.stop();
        database.close();
    }
}
