package io.rightsflow.workflow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("database")
class OperationsTest {

    @Test
    void readinessReportsTheProcessEngineWithItsJobExecutorRunning() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("process-engine"))
                .body("checks.find { it.name == 'process-engine' }.data.jobExecutor", equalTo("running"));
    }

    @Test
    void metricsCountOpenIncidents() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("rightsflow_incidents_open"));
    }

    @Test
    void theOpenApiDescriptionListsTheRequestsApi() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/requests"));
    }
}
