package io.rightsflow.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Staff users, created by the bootstrap admin of the test configuration. */
public record Staff(String username, String password) {

    public static final Staff ADMIN = new Staff("admin", "Admin-Passw0rd!");

    public static Staff create(String role) {
        Staff staff = new Staff(role + "-" + UUID.randomUUID().toString().substring(0, 8), "Staff-Passw0rd!");
        ADMIN.api().body(Map.of("username", staff.username, "password", staff.password, "role", role))
                .post("/api/staff").then().statusCode(201);
        return staff;
    }

    /**
     * A request body as an agent files it for a subject: with the ticket and how the subject's
     * identity was checked, which agents must record.
     */
    public static Map<String, Object> onTicket(Map<String, ?> body) {
        Map<String, Object> vouched = new java.util.HashMap<>(body);
        vouched.put("ticket", "CS-1042");
        vouched.put("identityCheck", "REPLY_FROM_ACCOUNT_ADDRESS");
        vouched.put("identityNote", "replied from the account's address to our mail of today");
        return vouched;
    }

    public RequestSpecification api() {
        return given().auth().preemptive().basic(username, password).contentType(ContentType.JSON);
    }
}
