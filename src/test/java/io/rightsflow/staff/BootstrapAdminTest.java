package io.rightsflow.staff;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.LogCapture;
import io.rightsflow.support.Staff;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * What a start does with rightsflow.bootstrap.admin-password, shown on a user of its own rather than
 * the suite's admin: the same method runs at every start for the user 'admin'.
 */
@QuarkusTest
class BootstrapAdminTest {

    @Inject
    BootstrapAdmin bootstrap;

    @Test
    void theFirstStartCreatesAnAdminWithTheConfiguredPassword() {
        String username = fresh();
        bootstrap.ensure(username, "First-Passw0rd!");
        new Staff(username, "First-Passw0rd!").api().get("/api/staff").then().statusCode(200);
    }

    @Test
    void anUnchangedSettingLeavesAPasswordResetThroughTheApiAlone() {
        String username = fresh();
        bootstrap.ensure(username, "First-Passw0rd!");
        Staff.ADMIN.api().body(Map.of("password", "Reset-Passw0rd!"))
                .put("/api/staff/{username}/password", username).then().statusCode(204);

        bootstrap.ensure(username, "First-Passw0rd!");

        new Staff(username, "Reset-Passw0rd!").api().get("/api/me").then().statusCode(200);
        new Staff(username, "First-Passw0rd!").api().get("/api/me").then().statusCode(401);
    }

    @Test
    void aChangedSettingIsAppliedWithAWarningThatNamesTheKeyButNotTheValue() {
        String username = fresh();
        bootstrap.ensure(username, "First-Passw0rd!");
        new Staff(username, "First-Passw0rd!").api().get("/api/me").then().statusCode(200);

        try (LogCapture log = LogCapture.of(BootstrapAdmin.class.getName())) {
            bootstrap.ensure(username, "Second-Passw0rd!");

            String lines = String.join("\n", log.lines());
            assertTrue(lines.contains("rightsflow.bootstrap.admin-password has changed"), lines);
            assertFalse(lines.contains("Second-Passw0rd!") || lines.contains("First-Passw0rd!"), lines);
        }
        new Staff(username, "Second-Passw0rd!").api().get("/api/me").then().statusCode(200);
        new Staff(username, "First-Passw0rd!").api().get("/api/me").then().statusCode(401);
    }

    @Test
    void aChangedSettingThatBreaksThePasswordRuleIsRefusedWithAWarningAndChangesNothing() {
        String username = fresh();
        bootstrap.ensure(username, "First-Passw0rd!");

        try (LogCapture log = LogCapture.of(BootstrapAdmin.class.getName())) {
            bootstrap.ensure(username, "weakweak");

            String lines = String.join("\n", log.lines());
            assertTrue(lines.contains("rightsflow.bootstrap.admin-password has changed but is not applied"), lines);
            assertFalse(lines.contains("weakweak"), lines);
        }
        new Staff(username, "First-Passw0rd!").api().get("/api/me").then().statusCode(200);
    }

    private static String fresh() {
        return "boot-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
