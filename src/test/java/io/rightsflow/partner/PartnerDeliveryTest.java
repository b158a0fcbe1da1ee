package io.rightsflow.partner;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.agroal.api.AgroalDataSource;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.PartnerServer;
import io.rightsflow.support.PartnerServer.Received;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Subject;
import io.rightsflow.system.Signatures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("database")
class PartnerDeliveryTest {

    static final String GOOGLE_FIT = "/google-fit/deliveries";
    static final String RUNKEEPER = "/runkeeper/deliveries";

    final PartnerServer partners = PartnerServer.get();

    @Inject
    AgroalDataSource db;

    @Test
    void newMeasurementsOfTheCategoriesAPartnerReceivesAreDeliveredSignedWithItsToken() throws Exception {
        Subject subject = Subject.create();
        addManual(subject, weight(81));
        String grant = link(subject, "google-fit", "token-from-google-fit");

        addManual(subject, weight(80), bloodPressure());

        Received delivery = awaitOne(GOOGLE_FIT, grant);
        JsonPath body = new JsonPath(delivery.body());
        assertEquals(List.of("weight"), body.getList("measurements.category"), "only what Google Fit receives, only new");
        assertEquals(80.0, body.getDouble("measurements[0].value"));
        assertEquals("kg", body.getString("measurements[0].unit"));
        assertEquals("Bearer token-from-google-fit", delivery.authorization());
        assertNotNull(delivery.idempotencyKey());
        byte[] raw = delivery.body().getBytes(StandardCharsets.UTF_8);
        assertEquals(Signatures.of("google-fit-test-secret", delivery.timestamp(), delivery.nonce(), raw),
                delivery.signature(), "the signature verifies with the partner's secret over time, nonce and body");
        assertNotEquals(Signatures.of("apple-health-test-secret", delivery.timestamp(), delivery.nonce(), raw),
                delivery.signature(), "and not with another");
        assertNotEquals(Signatures.of("google-fit-test-secret", String.valueOf(Long.parseLong(delivery.timestamp()) - 600),
                delivery.nonce(), raw), delivery.signature(), "a replay under an older time does not verify");
        assertTrue(Math.abs(Long.parseLong(delivery.timestamp()) - java.time.Instant.now().getEpochSecond()) < 60,
                "the time is when the call was sent, so a partner can refuse an old one");
        String stored = tokenCipherOf(grant);
        assertFalse(stored.contains("token-from-google-fit"), "the token is encrypted at rest");
        subject.api().get("/api/profiles/{id}/partners", subject.mainProfileId()).then().statusCode(200)
                .body("[0].status", equalTo("ACTIVE")).body("[0].name", equalTo("Google Fit"));
    }

    @Test
    void anImportedFileIsDeliveredToo() {
        Subject subject = Subject.create();
        String grant = link(subject, "google-fit", null);
        subject.api().contentType("text/csv").body("Date,Weight\r\n2026-02-01 07:00:00,80.5\r\n2026-02-02 07:00:00,80.1\r\n")
                .post("/api/profiles/{id}/imports?kind=weight", subject.mainProfileId()).then().statusCode(201);

        Received delivery = awaitOne(GOOGLE_FIT, grant);
        assertEquals(List.of(80.5, 80.1), new JsonPath(delivery.body()).getList("measurements.value", Double.class));
        assertTrue(delivery.authorization().startsWith("Bearer "), "a token Rightsflow made identifies the link");
    }

    @Test
    void nothingIsDeliveredAfterTheDisconnection() throws Exception {
        Subject subject = Subject.create();
        String grant = link(subject, "runkeeper", null);
        addManual(subject, weight(80));
        awaitOne(RUNKEEPER, grant);

        String requestId = subject.fileRequest(Map.of("type", "PARTNER_DISCONNECTION", "profileId",
                subject.mainProfileId(), "partner", "runkeeper"));
        subject.api().get("/api/profiles/{id}/partners", subject.mainProfileId()).then()
                .body("[0].status", equalTo("REVOKED"));
        assertEquals(null, tokenCipherOf(grant), "the token is destroyed at once");
        addManual(subject, weight(79));

        awaitSettled(grant);
        assertEquals(1, partners.calls(RUNKEEPER, grant).size(), "nothing after the disconnection");
        subject.api().get("/api/requests/{id}", requestId).then().body("status", equalTo("COMPLETED"));
        subject.api().body(Map.of("type", "PARTNER_DISCONNECTION", "profileId", subject.mainProfileId(),
                "partner", "runkeeper")).post("/api/requests").then().statusCode(409)
                .body("detail", containsString("not linked"));
    }

    @Test
    void withdrawingThePartnerConsentEndsEveryLinkAtOnceAndALaterLinkDoesNotWakeThem() throws Exception {
        Subject subject = Subject.create();
        String grant = link(subject, "google-fit", null);
        subject.api().get("/api/profiles/{id}/consents", subject.mainProfileId()).then()
                .body("purposes.find { it.purpose == 'partner-sharing' }.given", equalTo(true))
                .body("purposes.find { it.purpose == 'partner-sharing' }.channel", equalTo("PARTNER_LINK"));

        subject.api().delete("/api/profiles/{id}/consents/partner-sharing", subject.mainProfileId()).then()
                .statusCode(200).body("given", equalTo(false)).body("channel", equalTo("API"));
        addManual(subject, weight(80));
        awaitSettled(grant);
        assertEquals(0, partners.calls(GOOGLE_FIT, grant).size(), "nothing after the withdrawal");

        subject.api().get("/api/profiles/{id}/partners", subject.mainProfileId()).then()
                .body("find { it.partner == 'google-fit' }.status", equalTo("REVOKED"));

        String runkeeper = link(subject, "runkeeper", null);
        addManual(subject, weight(81));
        awaitOne(RUNKEEPER, runkeeper);
        awaitSettled(grant);
        assertEquals(0, partners.calls(GOOGLE_FIT, grant).size(), "the withdrawn link stays ended");
        subject.api().get("/api/profiles/{id}/consents", subject.mainProfileId()).then()
                .body("purposes.find { it.purpose == 'partner-sharing' }.given", equalTo(true));
    }

    @Test
    void linkingAsksForAKnownPartnerAndAProfileOfTheCaller() {
        Subject subject = Subject.create();
        Subject other = Subject.create();
        subject.api().body(Map.of("partner", "fitbook")).post("/api/profiles/{id}/partners", subject.mainProfileId())
                .then().statusCode(400).body("detail", containsString("apple-health"));
        other.api().body(Map.of("partner", "nest")).post("/api/profiles/{id}/partners", subject.mainProfileId())
                .then().statusCode(404);
        link(subject, "nest", null);
        subject.api().body(Map.of("partner", "nest")).post("/api/profiles/{id}/partners", subject.mainProfileId())
                .then().statusCode(409);
    }

    static String link(Subject subject, String partner, String token) {
        Map<String, Object> body = token == null ? Map.of("partner", partner) : Map.of("partner", partner, "accessToken", token);
        return subject.api().body(body).post("/api/profiles/{id}/partners", subject.mainProfileId()).then()
                .statusCode(201).body("status", equalTo("ACTIVE")).extract().path("grantId");
    }

    @SafeVarargs
    static void addManual(Subject subject, Map<String, Object>... readings) {
        subject.api().body(List.of(readings)).post("/api/profiles/{id}/measurements", subject.mainProfileId())
                .then().statusCode(201);
    }

    static Map<String, Object> weight(double kg) {
        return Map.of("category", "weight", "takenAt", "2026-02-01T07:00:00Z", "value", kg, "unit", "kg");
    }

    static Map<String, Object> bloodPressure() {
        return Map.of("category", "blood-pressure", "takenAt", "2026-02-01T07:00:00Z", "systolic", 120, "diastolic", 80);
    }

    private Received awaitOne(String path, String grant) {
        await().atMost(Processes.PATIENCE).until(() -> partners.calls(path, grant).size() == 1);
        return partners.calls(path, grant).get(0);
    }

    /**
     * Waits until every delivery queued for the link has been sent or refused. Deliveries are
     * queued in the transaction that stores the measurements, so none can come after this.
     */
    private void awaitSettled(String grant) {
        await().atMost(Processes.PATIENCE).until(() -> pendingDeliveries(grant) == 0);
    }

    private long pendingDeliveries(String grant) throws Exception {
        try (var connection = db.getConnection(); var statement = connection.prepareStatement(
                "select count(*) from partner_delivery where grant_id = ? and outcome is null")) {
            statement.setString(1, grant);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private String tokenCipherOf(String grant) throws Exception {
        try (var connection = db.getConnection();
                var statement = connection.prepareStatement("select token_cipher from partner_grant where id = ?")) {
            statement.setString(1, grant);
            try (var result = statement.executeQuery()) {
                assertTrue(result.next());
                return result.getString(1);
            }
        }
    }
}
