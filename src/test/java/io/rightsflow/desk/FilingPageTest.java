package io.rightsflow.desk;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;

@QuarkusTest
@Tag("browser")
class FilingPageTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Test
    void anAgentFilesAProfileErasureForAPersonFromATicket() {
        Subject subject = Subject.create();
        String kim = subject.addProfile("Kim");
        Staff agent = Staff.create("agent");
        browser.signIn(agent.username(), agent.password()).open("/desk/filing");

        browser.type("Address of the person's account", subject.email()).press("Find the account");
        assertThat(browser.text(), allOf(containsString(subject.email()), containsString("Kim")));
        assertThat("the address stays out of the URL (server logs, browser history)", browser.driver().getCurrentUrl(),
                allOf(not(containsString(subject.email())),
                        not(containsString(URLEncoder.encode(subject.email(), StandardCharsets.UTF_8)))));
        choose("Type of request", "Delete a profile");
        choose("Profile", "Kim");
        browser.type("Ticket reference", "CS-2001");
        choose("How the identity was checked", "reply from account address");
        browser.type("What was checked", "Replied from the account's address to our mail of today.");
        browser.script("window.scrollTo(0, 0)");
        browser.snapshot("desk-filing");
        browser.press("File the request");

        assertThat(browser.path(), startsWith("/desk/requests/"));
        assertThat(browser.text(), allOf(containsString("The request is filed for the person"),
                containsString("Delete a profile"), containsString("CS-2001"),
                containsString("Customer service (filed by an agent)")));
        String requestId = browser.path().substring("/desk/requests/".length());
        agent.api().get("/api/requests/{id}", requestId).then().statusCode(200)
                .body("type", equalTo("PROFILE_ERASURE")).body("profileId", equalTo(kim))
                .body("channel", equalTo("CUSTOMER_SERVICE")).body("filedByAgent.ticket", equalTo("CS-2001"))
                .body("filedByAgent.identityCheck", equalTo("REPLY_FROM_ACCOUNT_ADDRESS"));
    }

    @Test
    void aFilingWithoutItsTicketIsRefusedAtThatFieldAndNothingIsFiled() {
        Subject subject = Subject.create();
        subject.addProfile("Kim");
        Staff agent = Staff.create("agent");
        browser.signIn(agent.username(), agent.password()).open("/desk/filing");
        browser.type("Address of the person's account", subject.email()).press("Find the account");
        choose("Type of request", "Delete a profile");
        choose("Profile", "Kim");
        choose("How the identity was checked", "reply from account address");
        browser.type("What was checked", "Replied from the account's address.");

        browser.press("File the request");

        assertThat(browser.text(), containsString("Enter the reference of the customer-service ticket"));
        assertThat(browser.labelled("What was checked").getAttribute("value"), equalTo("Replied from the account's address."));
        subject.api().get("/api/requests").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void anObjectionWithoutAPurposeIsRefusedAtThePurposesAndNothingIsFiled() {
        Subject subject = Subject.create();
        Staff agent = Staff.create("agent");
        browser.signIn(agent.username(), agent.password()).open("/desk/filing");
        browser.type("Address of the person's account", subject.email()).press("Find the account");
        choose("Type of request", "Objection to a use of your data");
        choose("Profile", mainProfileLabel());
        browser.type("Ticket reference", "CS-2002");
        choose("How the identity was checked", "id document");
        browser.type("What was checked", "Passport shown in the shop.");

        browser.press("File the request");

        assertThat(browser.text(), containsString("Tick at least one use of the data the person objects to."));
        subject.api().get("/api/requests").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void aDisconnectionWithoutAProfileIsRefusedAtTheProfileAndNothingIsFiled() {
        Subject subject = Subject.create();
        Staff agent = Staff.create("agent");
        browser.signIn(agent.username(), agent.password()).open("/desk/filing");
        browser.type("Address of the person's account", subject.email()).press("Find the account");
        choose("Type of request", "Disconnect a partner app");
        browser.type("To disconnect a partner app: the partner's id", "runkeeper");
        browser.type("Ticket reference", "CS-2003");
        choose("How the identity was checked", "id document");
        browser.type("What was checked", "Passport shown in the shop.");

        browser.press("File the request");

        assertThat(browser.labelled("Profile").getAttribute("aria-invalid"), equalTo("true"));
        assertThat(browser.text(), containsString("Choose the profile the request is about."));
        assertThat(browser.labelled("To disconnect a partner app: the partner's id").getAttribute("aria-invalid"),
                not(equalTo("true")));
        subject.api().get("/api/requests").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void aRestrictionIsFiledWithItsGroundAndWithoutOneIsRefusedAtTheGround() {
        Subject subject = Subject.create();
        Staff agent = Staff.create("agent");
        browser.signIn(agent.username(), agent.password()).open("/desk/filing");
        browser.type("Address of the person's account", subject.email()).press("Find the account");
        choose("Type of request", "Restrict the use of a profile's data");
        choose("Profile", mainProfileLabel());
        browser.type("Ticket reference", "CS-2004");
        choose("How the identity was checked", "id document");
        browser.type("What was checked", "Passport shown in the shop.");

        browser.press("File the request");

        assertThat(browser.text(), containsString("Choose the ground of the restriction."));
        subject.api().get("/api/requests").then().statusCode(200).body("", hasSize(0));
        choose("For a restriction: its ground", "The person needs the data for legal claims (c)");
        browser.press("File the request");

        assertThat(browser.path(), startsWith("/desk/requests/"));
        subject.api().get("/api/requests").then().statusCode(200).body("type", equalTo(List.of("RESTRICTION")));
    }

    @Test
    void anAddressWithoutAnAccountIsSaidAtItsField() {
        Staff agent = Staff.create("agent");
        browser.signIn(agent.username(), agent.password()).open("/desk/filing");

        browser.type("Address of the person's account", "nobody-here@example.com").press("Find the account");

        assertThat(browser.text(), containsString("No account uses this address."));
        assertThat(browser.all("form[method=post][action='/desk/filing']").size(), equalTo(0));
    }

    private static String mainProfileLabel() {
        return new Select(browser.labelled("Profile")).getOptions().get(1).getText();
    }

    private static void choose(String label, String option) {
        new Select(browser.labelled(label)).selectByVisibleText(option);
    }
}
