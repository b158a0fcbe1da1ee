package io.rightsflow.staff;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Staff;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

@QuarkusTest
@Tag("browser")
class StaffPageTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Test
    void theAdminCreatesAnAgentAndAnAuditorWhoThenSignInToTheirOwnPages() {
        String agent = unique("agent");
        String auditor = unique("auditor");
        browser.signIn(Staff.ADMIN.username(), Staff.ADMIN.password());
        assertThat("an admin lands on the staff page", browser.path(), equalTo("/staff"));

        create(agent, "agent", "Agent-Passw0rd!");
        assertThat(browser.text(), containsString(agent + " can now sign in with the password you chose"));
        create(auditor, "auditor", "Auditor-Passw0rd!");

        browser.snapshot("staff");
        assertThat(browser.heading(), equalTo("Staff users"));
        assertThat(row(agent), allOf(containsString("agent"), containsString("Enabled")));
        assertThat(row(auditor), allOf(containsString("auditor"), containsString("Enabled")));
        Staff.ADMIN.api().get("/api/staff").then().statusCode(200)
                .body("find { it.username == '" + agent + "' }.role", equalTo("agent"))
                .body("find { it.username == '" + auditor + "' }.role", equalTo("auditor"));

        signOut();
        browser.signIn(agent, "Agent-Passw0rd!");
        assertThat("the agent lands on the desk", browser.path(), equalTo("/desk"));
        signOut();
        browser.signIn(auditor, "Auditor-Passw0rd!");
        assertThat("the auditor lands on the console", browser.path(), equalTo("/console"));
    }

    @Test
    void aWeakPasswordIsRefusedNextToItsFieldAndCreatesNobody() {
        String name = unique("agent");
        browser.signIn(Staff.ADMIN.username(), Staff.ADMIN.password()).open("/staff");

        create(name, "agent", "weakweak");

        assertThat(error("password"), equalTo("The password must contain both upper-case and lower-case letters."));
        assertThat("the username is kept for the next try", browser.labelled("Username").getAttribute("value"),
                equalTo(name));
        assertThat(usernames(), not(hasItem(name)));
    }

    @Test
    void aTakenUsernameIsRefusedNextToItsFieldAndChangesNothing() {
        Staff existing = Staff.create("auditor");
        browser.signIn(Staff.ADMIN.username(), Staff.ADMIN.password()).open("/staff");

        create(existing.username(), "admin", "Other-Passw0rd!");

        assertThat(error("username"), equalTo("A staff user with this username already exists."));
        Staff.ADMIN.api().get("/api/staff").then()
                .body("find { it.username == '" + existing.username() + "' }.role", equalTo("auditor"));
        existing.api().get("/api/me").then().statusCode(200); // the password is still the old one
    }

    @Test
    void aBadUsernameIsRefusedNextToItsFieldAndCreatesNobody() {
        browser.signIn(Staff.ADMIN.username(), Staff.ADMIN.password()).open("/staff");

        create("Not Allowed", "agent", "Staff-Passw0rd!");

        assertThat(error("username"), containsString("Username must be 2 to 64 lower-case letters"));
        assertThat(usernames(), not(hasItem("Not Allowed")));
    }

    @Test
    void aDisabledUserCanNoLongerSignInUntilEnabledAgain() {
        Staff agent = Staff.create("agent");
        browser.signIn(Staff.ADMIN.username(), Staff.ADMIN.password()).open("/staff");

        pressInRow(agent.username(), "Disable");

        assertThat(browser.text(), containsString(agent.username() + " is disabled"));
        assertThat(row(agent.username()), containsString("Disabled"));
        Staff.ADMIN.api().get("/api/staff").then()
                .body("find { it.username == '" + agent.username() + "' }.enabled", equalTo(false));
        signOut();
        browser.signIn(agent.username(), agent.password());
        assertThat(browser.path(), equalTo("/login"));
        assertThat(browser.text(), containsString("do not match an account"));

        browser.signIn(Staff.ADMIN.username(), Staff.ADMIN.password()).open("/staff");
        pressInRow(agent.username(), "Enable");
        assertThat(row(agent.username()), containsString("Enabled"));
        signOut();
        browser.signIn(agent.username(), agent.password());
        assertThat(browser.path(), equalTo("/desk"));
    }

    @Test
    void theLastEnabledAdminCannotBeDisabledAndTheRowSaysWhy() {
        disableEveryAdminButTheSuitesOwn();
        browser.signIn(Staff.ADMIN.username(), Staff.ADMIN.password()).open("/staff");

        pressInRow(Staff.ADMIN.username(), "Disable");

        assertThat(row(Staff.ADMIN.username()), allOf(containsString("Enabled"),
                containsString("This is the last enabled admin")));
        Staff.ADMIN.api().get("/api/staff").then().body("find { it.username == 'admin' }.enabled", equalTo(true));
    }

    @Test
    void aPasswordResetLetsThemSignInWithTheNewOneOnly() {
        Staff auditor = Staff.create("auditor");
        browser.signIn(Staff.ADMIN.username(), Staff.ADMIN.password()).open("/staff");
        browser.open(browser.driver().findElement(By.cssSelector("#user-" + auditor.username() + " a"))
                .getAttribute("href"));
        assertThat(browser.heading(), equalTo("New password for " + auditor.username()));

        browser.type("New password", "short").press("Set the new password");
        assertThat(error("password"), equalTo("The password must have at least 8 characters."));
        auditor.api().get("/api/me").then().statusCode(200); // a refused reset changes nothing

        browser.type("New password", "Renewed-Passw0rd!").press("Set the new password");
        assertThat(browser.text(), containsString(auditor.username() + " now signs in with the new password"));
        signOut();
        browser.signIn(auditor.username(), auditor.password());
        assertThat("the old password no longer works", browser.path(), equalTo("/login"));
        browser.signIn(auditor.username(), "Renewed-Passw0rd!");
        assertThat(browser.path(), equalTo("/console"));
    }

    @Test
    void aFormSentWithoutItsTokenChangesNothing() {
        Staff agent = Staff.create("agent");
        browser.signIn(Staff.ADMIN.username(), Staff.ADMIN.password()).open("/staff");

        browser.script("const form = document.createElement('form'); form.method = 'post'; form.action = arguments[0];"
                + "document.body.appendChild(form); form.submit();", "/staff/" + agent.username() + "/disable");
        browser.waitFor("This form has expired or was not sent from this page");

        Staff.ADMIN.api().get("/api/staff").then()
                .body("find { it.username == '" + agent.username() + "' }.enabled", equalTo(true));
    }

    @Test
    void anAgentIsRefusedTheStaffPage() {
        Staff agent = Staff.create("agent");
        browser.signIn(agent.username(), agent.password()).open("/staff");

        assertThat(browser.heading(), equalTo("You cannot do this here"));
        assertThat(browser.text(), not(containsString("Add a staff user")));
    }

    private static void create(String username, String role, String password) {
        browser.type("Username", username);
        new Select(browser.labelled("Role")).selectByValue(role);
        browser.type("Initial password", password);
        browser.press("Create staff user");
    }

    private static String row(String username) {
        return browser.driver().findElement(By.id("user-" + username)).getText();
    }

    private static String error(String field) {
        return browser.driver().findElement(By.id(field + "-error")).getText();
    }

    /** Forgets the session, as a new browser would (the pages of /desk and /console may not show a Sign out). */
    private static void signOut() {
        browser.driver().manage().deleteAllCookies();
    }

    /**
     * Presses the button of this user's row and waits for the answer (Browser.pressIn would take the
     * last such button of any container holding the text, and the table's wrapper holds every row).
     */
    private static void pressInRow(String username, String button) {
        String before = browser.driver().getCurrentUrl();
        browser.driver().findElement(By.xpath("//tr[@id='user-" + username + "']//button[normalize-space(.)='"
                + button + "']")).click();
        browser.waiting(Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().equals(before)
                && "complete".equals(browser.script("return document.readyState")));
    }

    private static List<String> usernames() {
        return Staff.ADMIN.api().get("/api/staff").then().statusCode(200).extract().path("username");
    }

    private static void disableEveryAdminButTheSuitesOwn() {
        List<String> others = QuarkusTransaction.requiringNew().call(() -> StaffUser.<StaffUser>list(
                "role = 'admin' and enabled = true and username <> 'admin'").stream().map(u -> u.username).toList());
        others.forEach(admin -> Staff.ADMIN.api().post("/api/staff/{username}/disable", admin).then().statusCode(200));
    }

    private static String unique(String role) {
        return role + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
