package io.rightsflow.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import io.rightsflow.support.FreshDatabase;
import io.rightsflow.support.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The packaged service (production profile) serves metrics, the OpenAPI document and Swagger UI on
 * its management interface only; health stays on the public port, open, for load balancers.
 */
@Tag("database")
class ManagementInterfaceIT {

    static FreshDatabase database;
    static ServiceProcess service;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @BeforeAll
    static void start() throws Exception {
        database = FreshDatabase.create();
        Path log = Path.of("target", "management-interface-it.log");
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        service = ServiceProcess.start(log, database.config());
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        database.close();
    }

    @Test
    void metricsOpenApiAndSwaggerUiAreNotOnThePublicPort() throws Exception {
        for (String path : new String[] {"/q/metrics", "/q/openapi", "/q/swagger-ui/"}) {
            assertEquals(404, status(service.baseUri() + path), path + " on the public port");
        }
    }

    @Test
    void metricsOpenApiAndSwaggerUiAreOnTheManagementInterface() throws Exception {
        HttpResponse<String> metrics = get(service.managementUri() + "/q/metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("rightsflow_login_password_verifications_total"), "login metric missing");
        HttpResponse<String> openapi = get(service.managementUri() + "/q/openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/staff"), "the OpenAPI document misses the API");
        assertEquals(200, status(service.managementUri() + "/q/swagger-ui/"));
    }

    @Test
    void healthStaysOpenOnThePublicPortForLoadBalancers() throws Exception {
        assertEquals(200, status(service.baseUri() + "/q/health/ready"));
        assertEquals(200, status(service.baseUri() + "/q/health/live"));
    }

    private static int status(String uri) throws Exception {
        return get(uri).statusCode();
    }

    private static HttpResponse<String> get(String uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
