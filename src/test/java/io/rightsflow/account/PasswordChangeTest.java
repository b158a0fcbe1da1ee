package io.rightsflow.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("database")
class PasswordChangeTest {

    static final String NEW_PASSWORD = "Second-Horse-10!";

    @Test
    void thePasswordChangesWithTheCurrentOneAndOnlyTheNewOneLogsInThen() {
        Subject subject = Subject.create();

        change(subject, subject.accountId(), Subject.PASSWORD, NEW_PASSWORD).statusCode(204);

        subject.withPassword(NEW_PASSWORD).api().get("/api/me").then().statusCode(200);
        subject.api().get("/api/me").then().statusCode(401);
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndNothingChanges() {
        Subject subject = Subject.create();

        change(subject, subject.accountId(), "Guessed-Passw0rd!", NEW_PASSWORD).statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("the current password is wrong: nothing was changed"));

        subject.api().get("/api/me").then().statusCode(200);
        subject.withPassword(NEW_PASSWORD).api().get("/api/me").then().statusCode(401);
    }

    @Test
    void aNewPasswordThatBreaksTheRuleIsRefusedNamingItAndNothingChanges() {
        Subject subject = Subject.create();

        change(subject, subject.accountId(), Subject.PASSWORD, "alllower-case1").statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("both upper-case and lower-case"))
                .body("detail", not(containsString("alllower-case1")));

        subject.api().get("/api/me").then().statusCode(200);
    }

    @Test
    void onlyTheOwnerChangesTheirPassword() {
        Subject owner = Subject.create();
        Subject other = Subject.create();

        change(other, owner.accountId(), Subject.PASSWORD, NEW_PASSWORD).statusCode(404);
        Staff.create("agent").api().body(Map.of("currentPassword", Subject.PASSWORD, "newPassword", NEW_PASSWORD))
                .post("/api/accounts/{id}/password", owner.accountId()).then().statusCode(403);

        owner.api().get("/api/me").then().statusCode(200);
        other.api().get("/api/me").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse change(Subject caller, String accountId,
            String current, String next) {
        return caller.api().body(Map.of("currentPassword", current, "newPassword", next))
                .post("/api/accounts/{id}/password", accountId).then();
    }
}
