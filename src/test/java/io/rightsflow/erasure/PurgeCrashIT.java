package io.rightsflow.erasure;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.rightsflow.support.FreshDatabase;
import io.rightsflow.support.ServiceProcess;
import io.rightsflow.support.SignUps;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The packaged service is killed (as by {@code kill -9}) in the middle of a purge (of a profile,
 * of an account), and started again on the same database: the purge carries on where it stopped
 * and finishes, once.
 */
@Tag("database")
class PurgeCrashIT {

    static final int ROWS = 40_000;
    /** Readings per device upload: the service takes at most 1000 (rightsflow.measurement.max-readings-per-upload). */
    static final int UPLOAD = 1000;
    static final String PASSWORD = "Crash-Test-9!";

    GreenMail smtp;
    FreshDatabase database;
    Map<String, String> config;

    @BeforeEach
    void setUp() throws Exception {
        // A node killed mid-conversation resets its SMTP connection, and GreenMail's handler thread
        // throws for it: expected here, so it must not fail the waits (Awaitility fails on any
        // uncaught exception of any thread by default).
        Awaitility.doNotCatchUncaughtExceptionsByDefault();
        int smtpPort = ServiceProcess.freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        database = FreshDatabase.create();
        config = new HashMap<>(database.config());
        config.putAll(Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(smtpPort),
                "quarkus.mailer.start-tls", "DISABLED",
                "rightsflow.erasure.grace-period", "PT3S",
                "rightsflow.erasure.purge-batch-size", "500",
                // after the crash, the new process takes over the dead one's job after this
                "rightsflow.jobs.lock-time-millis", "5000"));
    }

    @AfterEach
    void tearDown() throws Exception {
        Awaitility.reset();
        smtp.stop();
        database.close();
    }

    @Test
    void aPurgeKilledMidwayFinishesAfterARestartAndMailsOnce() throws Exception {
        Path log = Path.of("target", "purge-crash-it.log");
        Files.deleteIfExists(log);
        String email = "crash-" + UUID.randomUUID() + "@example.test";
        String profileId;
        String requestId;
        try (ServiceProcess first = ServiceProcess.start(log, config)) {
            String accountId = signUp(first, email);
            profileId = api(first, email).body(Map.of("name", "Big history"))
                    .post("/api/accounts/{id}/profiles", accountId).then().statusCode(201).extract().path("profileId");
            seed(first, email, profileId);

            requestId = api(first, email).body(Map.of("type", "PROFILE_ERASURE", "profileId", profileId))
                    .post("/api/requests").then().statusCode(201).extract().path("id");
            String id = requestId;
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() ->
                    purgeBatchesDone(first, email, id) >= 2);
            first.kill();
        }
        long leftAfterCrash = rowsOf(profileId);
        System.out.printf("PurgeCrashIT: killed with %d of %d rows left%n", leftAfterCrash, ROWS);
        assertTrue(leftAfterCrash > 0 && leftAfterCrash < ROWS, "killed midway: " + leftAfterCrash + " rows left");

        try (ServiceProcess second = ServiceProcess.start(log, config)) {
            String id = requestId;
            await().atMost(Duration.ofSeconds(90)).until(() ->
                    "COMPLETED".equals(api(second, email).get("/api/requests/{id}", id).then().extract().path("status")));
            await().atMost(Duration.ofSeconds(30)).until(() -> mails(email, "has been deleted") == 1);
            Thread.sleep(2000);
        }
        assertEquals(0, rowsOf(profileId));
        assertEquals(1, mails(email, "scheduled for deletion"));
        assertEquals(1, mails(email, "has been deleted"));
    }

    @Test
    void anAccountPurgeKilledMidwayFinishesAfterARestartAndMailsOnce() throws Exception {
        Path log = Path.of("target", "account-purge-crash-it.log");
        Files.deleteIfExists(log);
        String email = "crash-" + UUID.randomUUID() + "@example.test";
        String accountId;
        String profileId;
        String requestId;
        try (ServiceProcess first = ServiceProcess.start(log, config)) {
            accountId = signUp(first, email);
            profileId = api(first, email).get("/api/accounts/{id}", accountId).then().extract().path("profiles[0].profileId");
            seed(first, email, profileId);

            requestId = api(first, email).body(Map.of("type", "ACCOUNT_ERASURE", "accountId", accountId))
                    .post("/api/requests").then().statusCode(201).extract().path("id");
            String id = requestId;
            // The owner can no longer log in: the engine's history tells how far the purge got.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() ->
                    database.count("select count(*) from act_hi_actinst a join data_request r "
                            + "on r.process_instance_id = a.proc_inst_id_ where r.id = ? "
                            + "and a.act_id_ = 'Task_PurgeAccountData' and a.end_time_ is not null", id) >= 2);
            first.kill();
        }
        long leftAfterCrash = rowsOf(profileId);
        System.out.printf("PurgeCrashIT: account purge killed with %d of %d rows left%n", leftAfterCrash, ROWS);
        assertTrue(leftAfterCrash > 0 && leftAfterCrash < ROWS, "killed midway: " + leftAfterCrash + " rows left");

        try (ServiceProcess second = ServiceProcess.start(log, config)) {
            String id = requestId;
            await().atMost(Duration.ofSeconds(90)).until(() ->
                    database.count("select count(*) from data_request where id = ? and status = 'COMPLETED'", id) == 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> mails(email, "account has been deleted") == 1);
            Thread.sleep(2000);
        }
        assertEquals(0, rowsOf(profileId));
        assertEquals(0, database.count("select count(*) from account where id = ?", accountId));
        assertEquals(1, mails(email, "account is scheduled for deletion"));
        assertEquals(1, mails(email, "account has been deleted"));
    }

    /** A new account with a main profile; returns its id. */
    private String signUp(ServiceProcess service, String email) {
        return SignUps.confirmed(service.baseUri(), smtp, email, PASSWORD, "Main").get("accountId");
    }

    /** {@link #ROWS} heart-rate readings of a pulse device on the profile. */
    private void seed(ServiceProcess service, String email, String profileId) {
        String device = api(service, email).body(Map.of("product", "pulse"))
                .post("/api/profiles/{id}/devices", profileId).then().statusCode(201).extract().path("deviceId");
        for (int offset = 0; offset < ROWS; offset += UPLOAD) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (int i = offset; i < offset + UPLOAD; i++) {
                batch.add(Map.of("category", "heart-rate", "takenAt",
                        java.time.Instant.parse("2024-01-01T00:00:00Z").plusSeconds(60L * i).toString(),
                        "value", 60 + i % 40, "unit", "bpm"));
            }
            api(service, email).body(batch).post("/api/devices/{id}/measurements", device).then().statusCode(201);
        }
    }

    private static int purgeBatchesDone(ServiceProcess service, String email, String requestId) {
        List<Map<String, Object>> steps = api(service, email).get("/api/requests/{id}", requestId).then()
                .extract().path("steps");
        return (int) steps.stream()
                .filter(s -> "Task_PurgeProfileData".equals(s.get("id")) && s.get("endedAt") != null).count();
    }

    private static RequestSpecification api(ServiceProcess service, String email) {
        return given().baseUri(service.baseUri()).auth().preemptive().basic(email, PASSWORD)
                .contentType(ContentType.JSON);
    }

    private long rowsOf(String profileId) throws Exception {
        return database.count("select count(*) from measurement where profile_id = ?", profileId);
    }

    private long mails(String to, String subjectContains) throws Exception {
        long count = 0;
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(to) && message.getSubject().contains(subjectContains)) {
                count++;
            }
        }
        return count;
    }
}
