package io.rightsflow.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import io.rightsflow.support.FreshDatabase;
import io.rightsflow.support.ServiceProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The packaged service (production profile) refuses to start while a secret it needs is missing or malformed. */
@Tag("database")
class RequiredSecretsIT {

    static final String SUBJECT_KEY = "rightsflow.audit.subject-key";
    static final String TOKEN_KEY = "rightsflow.partners.token-key";
    static final String PSEUDONYM_KEY = "rightsflow.extracts.pseudonym-key";
    static final String SESSION_KEY = "quarkus.http.auth.session.encryption-key";
    static final String HOW = "openssl rand -base64 32";

    FreshDatabase database;
    Path log;

    @BeforeEach
    void setUp(TestInfo test) throws Exception {
        database = FreshDatabase.create();
        log = Path.of("target", "required-secrets-it-" + test.getTestMethod().orElseThrow().getName() + ".log");
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
    }

    @AfterEach
    void tearDown() throws Exception {
        database.close();
    }

    @Test
    void withoutTheAuditSubjectKeyTheServiceStopsWithOneLineNamingItAndHowToMakeOne() throws Exception {
        Map<String, String> config = config();
        config.remove(SUBJECT_KEY);

        OptionalInt exit = ServiceProcess.exitOf(log, config);

        assertTrue(exit.isPresent(), "the service started without " + SUBJECT_KEY);
        assertNotEquals(0, exit.getAsInt());
        String line = onlyLineNaming(SUBJECT_KEY);
        assertTrue(line.contains(HOW), line);
        assertTrue(linesNaming(TOKEN_KEY).isEmpty() && linesNaming(PSEUDONYM_KEY).isEmpty(), "only the missing key is named");
    }

    @Test
    void withoutTheSessionKeyOfThePagesTheServiceStopsWithOneLineNamingIt() throws Exception {
        Map<String, String> config = config();
        config.remove(SESSION_KEY);

        OptionalInt exit = ServiceProcess.exitOf(log, config);

        assertTrue(exit.isPresent(), "the service started without " + SESSION_KEY);
        assertNotEquals(0, exit.getAsInt());
        assertTrue(onlyLineNaming(SESSION_KEY).contains(HOW));
    }

    @Test
    void malformedKeysStopTheServiceWithALineEachAndNeverShowTheirValues() throws Exception {
        Map<String, String> config = config();
        config.put(SUBJECT_KEY, "short-subject-key");
        config.put(TOKEN_KEY, "bm90LXRoaXJ0eS10d28tYnl0ZXM=");
        config.put(PSEUDONYM_KEY, "short-pseudonym-key");
        config.put("rightsflow.partners.\"apple-health\".delivery-url", "https://127.0.0.1:9/deliveries");

        OptionalInt exit = ServiceProcess.exitOf(log, config);

        assertTrue(exit.isPresent(), "the service started with malformed keys");
        assertNotEquals(0, exit.getAsInt());
        for (String key : List.of(SUBJECT_KEY, TOKEN_KEY, PSEUDONYM_KEY)) {
            String line = onlyLineNaming(key);
            assertTrue(line.contains(HOW) && line.contains("32 bytes"), line);
        }
        String all = Files.readString(log);
        for (String value : List.of("short-subject-key", "bm90LXRoaXJ0eS10d28tYnl0ZXM=", "short-pseudonym-key")) {
            assertFalse(all.contains(value), "the log shows a secret");
        }
    }

    @Test
    void aConfiguredPartnerNeedsTheTokenKey() throws Exception {
        Map<String, String> config = config();
        config.remove(TOKEN_KEY);
        config.put("rightsflow.partners.\"apple-health\".erasure-notice-url", "https://127.0.0.1:9/erasure-notices");

        OptionalInt exit = ServiceProcess.exitOf(log, config);

        assertTrue(exit.isPresent(), "the service started with a partner and without " + TOKEN_KEY);
        assertNotEquals(0, exit.getAsInt());
        assertTrue(onlyLineNaming(TOKEN_KEY).contains(HOW));
    }

    @Test
    void withItsKeysTheServiceStartsAndWithoutPartnersItNeedsNoTokenKey() throws Exception {
        Map<String, String> config = config();
        config.remove(TOKEN_KEY);

        OptionalInt exit = ServiceProcess.exitOf(log, config);

        assertTrue(exit.isEmpty(), "the service exited with " + exit + ", see " + log);
    }

    @Test
    void aPartnerAddressOverPlainHttpStopsTheServiceWithALineNamingItsKey() throws Exception {
        Map<String, String> config = config();
        config.put("rightsflow.partners.\"apple-health\".delivery-url", "https://partner.example/deliveries");
        config.put("rightsflow.partners.\"apple-health\".revocation-url", "http://partner.example/revocations");
        config.put("rightsflow.partners.\"apple-health\".secret", "apple-health-secret");

        OptionalInt exit = ServiceProcess.exitOf(log, config);

        assertTrue(exit.isPresent(), "the service started with a partner over plain http");
        assertNotEquals(0, exit.getAsInt());
        assertTrue(onlyLineNaming("revocation-url").contains("https only"));
        assertTrue(linesNaming("delivery-url").isEmpty(), "an https address is not refused");
    }

    private Map<String, String> config() {
        Map<String, String> config = new HashMap<>(database.config());
        config.putAll(ServiceProcess.SECRETS);
        return config;
    }

    private String onlyLineNaming(String key) throws Exception {
        List<String> lines = linesNaming(key);
        assertEquals(1, lines.size(), "lines naming " + key + ": " + lines);
        return lines.get(0);
    }

    private List<String> linesNaming(String key) throws Exception {
        // the command line of the process is not in the log; every line naming the key is the service's
        return Files.readAllLines(log).stream().filter(line -> line.contains(key)).toList();
    }
}
