package io.rightsflow.staff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StaffResourceTest {

    @Test
    void theBootstrapAdminCreatesAnAgentWhoLogsInWithTheUsername() {
        Staff agent = Staff.create("agent");
        agent.api().get("/api/me").then().statusCode(200)
                .body("username", equalTo(agent.username()))
                .body("roles", hasItems("agent"));
    }

    @Test
    void onlyAdminsCreateStaff() {
        Staff agent = Staff.create("agent");
        Map<String, String> body = Map.of("username", "sneaky", "password", "Staff-Passw0rd!", "role", "admin");
        agent.api().body(body).post("/api/staff").then().statusCode(403).contentType("application/problem+json");
        Subject.create().api().body(body).post("/api/staff").then().statusCode(403);
        given().contentType("application/json").body(body).post("/api/staff").then().statusCode(401);
        assertNull(QuarkusTransaction.requiringNew().call(() -> StaffUser.findById("sneaky")));
    }

    @Test
    void aStaffPasswordFollowsThePasswordRule() {
        Staff.ADMIN.api().body(Map.of("username", "weakling", "password", "password", "role", "auditor"))
                .post("/api/staff").then().statusCode(400).body("detail", containsString("upper-case"));
        assertNull(QuarkusTransaction.requiringNew().call(() -> StaffUser.findById("weakling")));
    }

    @Test
    void anUnknownRoleIsRefused() {
        Staff.ADMIN.api().body(Map.of("username", "someone", "password", "Staff-Passw0rd!", "role", "subject"))
                .post("/api/staff").then().statusCode(400).body("detail", containsString("agent, auditor, admin"));
        assertNull(QuarkusTransaction.requiringNew().call(() -> StaffUser.findById("someone")));
    }

    @Test
    void aTakenUsernameIsAConflict() {
        Staff existing = Staff.create("auditor");
        Staff.ADMIN.api().body(Map.of("username", existing.username(), "password", "Staff-Passw0rd!", "role", "agent"))
                .post("/api/staff").then().statusCode(409);
    }
}
