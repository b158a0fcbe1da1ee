package io.rightsflow.staff;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("database")
class StaffAdministrationTest {

    @Inject
    AgroalDataSource db;

    @Test
    void anAdminListsStaffUsersWithTheirRoleAndWhetherTheyAreEnabled() {
        Staff auditor = Staff.create("auditor");
        Staff.ADMIN.api().get("/api/staff").then().statusCode(200)
                .body("find { it.username == '" + auditor.username() + "' }.role", equalTo("auditor"))
                .body("find { it.username == '" + auditor.username() + "' }.enabled", equalTo(true))
                .body("username", hasItem("admin"))
                .body(not("passwordHash"));
    }

    @Test
    void aDisabledStaffUserIsRefusedOnTheNextCallEvenRightAfterALogin() {
        Staff agent = Staff.create("agent");
        agent.api().get("/api/me").then().statusCode(200);

        Staff.ADMIN.api().post("/api/staff/{username}/disable", agent.username()).then().statusCode(200)
                .body("enabled", equalTo(false));

        agent.api().get("/api/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anEnabledAgainStaffUserLogsInAgain() {
        Staff agent = Staff.create("agent");
        Staff.ADMIN.api().post("/api/staff/{username}/disable", agent.username()).then().statusCode(200);

        Staff.ADMIN.api().post("/api/staff/{username}/enable", agent.username()).then().statusCode(200)
                .body("enabled", equalTo(true));

        agent.api().get("/api/me").then().statusCode(200);
    }

    @Test
    void aResetPasswordReplacesTheOldOneOnTheVeryNextCall() {
        Staff auditor = Staff.create("auditor");
        auditor.api().get("/api/me").then().statusCode(200);

        Staff.ADMIN.api().body(Map.of("password", "Reset-Passw0rd!"))
                .put("/api/staff/{username}/password", auditor.username()).then().statusCode(204);

        auditor.api().get("/api/me").then().statusCode(401);
        new Staff(auditor.username(), "Reset-Passw0rd!").api().get("/api/me").then().statusCode(200);
    }

    @Test
    void aResetPasswordFollowsThePasswordRuleAndAWeakOneChangesNothing() {
        Staff agent = Staff.create("agent");
        Staff.ADMIN.api().body(Map.of("password", "weakweak"))
                .put("/api/staff/{username}/password", agent.username()).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("upper-case"));
        agent.api().get("/api/me").then().statusCode(200);
    }

    @Test
    void anUnknownStaffUserIs404() {
        Staff.ADMIN.api().post("/api/staff/{username}/disable", "nobody-here").then().statusCode(404)
                .contentType("application/problem+json");
        Staff.ADMIN.api().body(Map.of("password", "Reset-Passw0rd!"))
                .put("/api/staff/{username}/password", "nobody-here").then().statusCode(404);
    }

    @Test
    void onlyAdminsDisableEnableOrResetStaff() {
        Staff target = Staff.create("agent");
        Staff agent = Staff.create("agent");
        agent.api().post("/api/staff/{username}/disable", target.username()).then().statusCode(403);
        agent.api().body(Map.of("password", "Reset-Passw0rd!"))
                .put("/api/staff/{username}/password", target.username()).then().statusCode(403);
        Subject.create().api().get("/api/staff").then().statusCode(403);
        target.api().get("/api/me").then().statusCode(200);
    }

    @Test
    void eachActIsInTheAuditTrailWithoutAPassword() throws Exception {
        Staff agent = Staff.create("agent");
        Staff.ADMIN.api().post("/api/staff/{username}/disable", agent.username()).then().statusCode(200);
        Staff.ADMIN.api().post("/api/staff/{username}/enable", agent.username()).then().statusCode(200);
        Staff.ADMIN.api().body(Map.of("password", "Audited-Passw0rd!"))
                .put("/api/staff/{username}/password", agent.username()).then().statusCode(204);

        List<String> events = auditOf(agent.username());
        assertEquals(List.of("STAFF_CREATED admin:admin", "STAFF_DISABLED admin:admin", "STAFF_ENABLED admin:admin",
                "STAFF_PASSWORD_RESET admin:admin"), events);
        assertFalse(String.join(" ", detailsOf(agent.username())).contains("Passw0rd"));
    }

    @Test
    void theLastEnabledAdminCannotBeDisabledAndStaysEnabled() {
        disableEveryAdminBut("admin");

        Staff.ADMIN.api().post("/api/staff/admin/disable").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("last enabled admin"));

        assertTrue(QuarkusTransaction.requiringNew().call(() -> StaffUser.<StaffUser>findById("admin").enabled));
        Staff.ADMIN.api().get("/api/me").then().statusCode(200);
    }

    @Test
    void twoAdminsDisablingEachOtherAtOnceLeaveOneEnabled() throws Exception {
        Staff other = Staff.create("admin");
        disableEveryAdminBut("admin", other.username());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> calls = List.of(
                    () -> Staff.ADMIN.api().post("/api/staff/{u}/disable", other.username()).statusCode(),
                    () -> other.api().post("/api/staff/admin/disable").statusCode());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : pool.invokeAll(calls)) {
                statuses.add(answer.get());
            }
            // The loser is refused by the lock (409) or, when the winner committed before it logged in, as a
            // disabled user (401); either way one of the two stays enabled.
            List<Integer> sorted = statuses.stream().sorted().toList();
            assertTrue(sorted.equals(List.of(200, 409)) || sorted.equals(List.of(200, 401)), "statuses " + statuses);
            assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> StaffUser.count(
                    "enabled = true and username in ?1", List.of("admin", other.username()))));
        } finally {
            pool.shutdown();
            // whoever was disabled, the suite's admin is enabled again for the tests after this one
            QuarkusTransaction.requiringNew().run(() -> StaffUser.update("enabled = true where username = ?1", "admin"));
        }
    }

    private void disableEveryAdminBut(String... keep) {
        List<String> kept = List.of(keep);
        List<String> admins = QuarkusTransaction.requiringNew().call(() -> StaffUser.<StaffUser>list(
                "role = 'admin' and enabled = true").stream().map(u -> u.username).toList());
        for (String admin : admins) {
            if (!kept.contains(admin)) {
                Staff.ADMIN.api().post("/api/staff/{username}/disable", admin).then().statusCode(200);
            }
        }
    }

    private List<String> auditOf(String username) throws Exception {
        return query("select kind || ' ' || actor from audit_event where detail like ? order by at, id", username);
    }

    private List<String> detailsOf(String username) throws Exception {
        return query("select detail from audit_event where detail like ? order by at, id", username);
    }

    private List<String> query(String sql, String username) throws Exception {
        List<String> rows = new ArrayList<>();
        try (var connection = db.getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setString(1, "username=" + username + "%");
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
        }
        return rows;
    }

    private static org.hamcrest.Matcher<String> not(String text) {
        return org.hamcrest.Matchers.not(containsString(text));
    }
}
