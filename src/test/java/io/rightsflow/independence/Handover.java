package io.rightsflow.independence;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import io.quarkus.arc.Arc;
import io.quarkus.mailer.MockMailbox;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Subject;
import org.camunda.bpm.engine.ManagementService;

/** A secondary profile made independent through the API and the new owner's mailed link, as a person does it. */
public record Handover(String requestId, Subject newOwner) {

    static final String PASSWORD = "Own-Account-7!";

    public static Handover of(MockMailbox mailbox, Subject holder, String profileId) {
        String newEmail = "grown-up-" + UUID.randomUUID() + "@example.test";
        String requestId = holder.fileRequest(Map.of("type", "INDEPENDENCE", "profileId", profileId, "newEmail", newEmail));
        String link = Mailbox.linkPath(Mailbox.await(mailbox, newEmail, "Confirm your own account").getText());
        // Both notices of the request out first: a click while one is being sent is refused as "try again".
        Processes.awaitNoJobs(Arc.container().instance(ManagementService.class).get(), Processes.ofRequest(requestId));
        given().contentType("application/x-www-form-urlencoded").formParam("password", PASSWORD)
                .formParam("passwordConfirmation", PASSWORD).post(link).then().statusCode(200);
        String accountId = given().auth().preemptive().basic(newEmail, PASSWORD).get("/api/me").then().statusCode(200)
                .extract().path("accountId");
        return new Handover(requestId, new Subject(newEmail, PASSWORD, accountId, profileId));
    }
}
