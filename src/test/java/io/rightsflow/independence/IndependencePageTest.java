package io.rightsflow.independence;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@Tag("browser")
class IndependencePageTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Inject
    MockMailbox mailbox;

    @Test
    void makingAProfileIndependentFilesTheRequestAndMailsTheNewOwner() {
        Subject subject = Subject.create("Mum");
        String junior = subject.addProfile("Junior");
        String newOwner = "junior-" + UUID.randomUUID() + "@example.test";
        browser.signIn(subject.email(), subject.password()).open("/account");

        browser.pressIn("Junior", "Make independent");
        assertThat(browser.heading(), equalTo("Make the profile Junior independent"));
        browser.type("Email address of the new account", newOwner);
        browser.snapshot("independence");
        browser.press("Send the confirmation email");

        assertThat(browser.path(), equalTo("/account"));
        assertThat(browser.text(), containsString("We sent an email to the new address"));
        List<Map<String, Object>> filed = independences(subject);
        assertThat(filed.size(), equalTo(1));
        assertThat(filed.get(0).get("profileId"), equalTo(junior));
        assertThat(filed.get(0).get("channel"), equalTo("SELF_SERVICE"));
        Mailbox.await(mailbox, newOwner, "Confirm your own account");
    }

    @Test
    void aRefusedAddressIsExplainedNextToTheFieldAndNothingIsFiled() {
        Subject subject = Subject.create("Mum");
        String junior = subject.addProfile("Junior");
        browser.signIn(subject.email(), subject.password()).open("/account/profiles/" + junior + "/independence");

        browser.type("Email address of the new account", "not an address").press("Send the confirmation email");

        assertThat(browser.path(), equalTo("/account/profiles/" + junior + "/independence"));
        assertThat(browser.driver().findElement(org.openqa.selenium.By.id("newEmail-error")).getText(),
                allOf(containsString("Enter the email address of the profile's new account"),
                        containsString("name@example.com")));
        assertThat(browser.labelled("Email address of the new account").getAttribute("value"), equalTo("not an address"));
        assertThat(browser.labelled("Email address of the new account").getAttribute("aria-invalid"), equalTo("true"));
        assertThat(independences(subject), empty());
    }

    private static List<Map<String, Object>> independences(Subject subject) {
        return subject.api().queryParam("type", "INDEPENDENCE").get("/api/requests").then().statusCode(200)
                .extract().jsonPath().getList("");
    }
}
