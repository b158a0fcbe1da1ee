package io.rightsflow.measurement;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Customer service sees what a ticket needs (profiles, statuses, due dates), never a health value. */
@QuarkusTest
@Tag("database")
class AgentReadAccessTest {

    @Test
    void anAgentIsRefusedEveryReadOfHealthValuesWithAProblem() {
        Subject subject = Subject.create();
        String profile = subject.mainProfileId();
        subject.api().body(Map.of("category", "weight", "takenAt", "2026-02-01T07:00:00Z", "value", 80, "unit", "kg"))
                .post("/api/profiles/{id}/measurements", profile).then().statusCode(201);
        String export = subject.fileRequest(Map.of("type", "EXPORT", "profileId", profile));
        Staff agent = Staff.create("agent");

        for (String path : new String[] { "/api/profiles/" + profile + "/measurements", "/api/shared-with-me", "/api/requests/" + export + "/archive",
                "/api/accounts/" + subject.accountId() + "/timeline" }) {
            agent.api().get(path).then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void anAgentStillSeesTheProfilesTheirStatusesAndTheDueDatesOfRequests() {
        Subject subject = Subject.create();
        String export = subject.fileRequest(Map.of("type", "EXPORT", "profileId", subject.mainProfileId()));
        Staff agent = Staff.create("agent");
        agent.api().get("/api/accounts/{id}", subject.accountId()).then().statusCode(200)
                .body("profiles.name", hasItem("main profile")).body("profiles.status", hasItem("ACTIVE"));
        agent.api().get("/api/requests/{id}", export).then().statusCode(200).body("id", equalTo(export))
                .body("dueAt", org.hamcrest.Matchers.notNullValue());
    }
}
