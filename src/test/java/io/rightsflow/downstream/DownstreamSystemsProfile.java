package io.rightsflow.downstream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.rightsflow.support.Warehouse;

/**
 * The maker's other systems, as a new user configures them, each holding categories that only
 * one device brings, so that a test reaches exactly the systems it means to: the camera service
 * (webhook, stood in for by the service's own page as in dev mode; video: product "home"), the
 * newsletter tool (webhook, {@code SystemServer} in the test; weight: "body"), the support tool
 * (manual; body temperature: "thermo"), the analytics warehouse (sql, a table in MariaDB's
 * {@code rightsflow_downstream}, see support/Warehouse; blood pressure: "bpm"). Every test of downstream systems shares this profile, so
 * that Quarkus starts once for all of them.
 */
public class DownstreamSystemsProfile implements QuarkusTestProfile {

    public static final String CAMERA_SECRET = "test-only-camera-service-secret-01";
    public static final String NEWSLETTER_SECRET = "test-only-newsletter-secret-0001";
    private static final String PORT_PROPERTY = "rightsflow.test.system-port";

    /**
     * A free port for the newsletter tool's stand-in, the same for the profile and the test: they
     * are loaded by different class loaders, so the choice is kept in a system property.
     */
    public static synchronized int systemPort() {
        if (System.getProperty(PORT_PROPERTY) == null) {
            try (ServerSocket socket = new ServerSocket(0)) {
                System.setProperty(PORT_PROPERTY, String.valueOf(socket.getLocalPort()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Integer.getInteger(PORT_PROPERTY);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        config.put("rightsflow.camera.stand-in.enabled", "true");
        config.put("rightsflow.systems.camera.kind", "webhook");
        config.put("rightsflow.systems.camera.name", "Camera service");
        config.put("rightsflow.systems.camera.categories", "video");
        config.put("rightsflow.systems.camera.requests", "PROFILE_ERASURE,ACCOUNT_ERASURE,ACCESS");
        config.put("rightsflow.systems.camera.url",
                "http://127.0.0.1:${quarkus.http.test-port:8081}/api/stand-in/camera-service/requests");
        config.put("rightsflow.systems.camera.secret", CAMERA_SECRET);
        config.put("rightsflow.systems.newsletter.kind", "webhook");
        config.put("rightsflow.systems.newsletter.name", "Newsletter tool");
        config.put("rightsflow.systems.newsletter.categories", "weight");
        config.put("rightsflow.systems.newsletter.requests", "PROFILE_ERASURE,ACCOUNT_ERASURE,ACCESS");
        config.put("rightsflow.systems.newsletter.url", "http://127.0.0.1:" + systemPort() + "/newsletter/dsr");
        config.put("rightsflow.systems.newsletter.secret", NEWSLETTER_SECRET);
        config.put("rightsflow.systems.newsletter.answer-within", "PT1H");
        config.put("rightsflow.systems.support.kind", "manual");
        config.put("rightsflow.systems.support.name", "Support tool");
        config.put("rightsflow.systems.support.categories", "body-temperature");
        config.put("rightsflow.systems.support.requests", "PROFILE_ERASURE,ACCOUNT_ERASURE,ACCESS");
        config.put("rightsflow.systems.warehouse.kind", "sql");
        config.put("rightsflow.systems.warehouse.name", "Analytics warehouse");
        config.put("rightsflow.systems.warehouse.categories", "blood-pressure");
        config.put("rightsflow.systems.warehouse.requests", "PROFILE_ERASURE,ACCOUNT_ERASURE,ACCESS");
        config.put("rightsflow.systems.warehouse.jdbc-url", Warehouse.URL);
        config.put("rightsflow.systems.warehouse.username", "root");
        config.put("rightsflow.systems.warehouse.erase", "delete from warehouse_bp where profile_id = :profileId; "
                + "update warehouse_visits set profile_id = null, city = null where profile_id = :profileId");
        config.put("rightsflow.systems.warehouse.access",
                "select systolic, diastolic, taken_on from warehouse_bp where profile_id = :profileId order by taken_on");
        // a system that keeps refusing reaches the desk after three attempts, not thirty
        config.put("rightsflow.jobs.retry-cycle", "R3/PT1S");
        return config;
    }
}
