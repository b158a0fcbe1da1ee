package io.rightsflow.account;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

@QuarkusTest
@Tag("browser")
class SignUpPageTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Inject
    MockMailbox mailbox;

    private static String newEmail() {
        return "page-" + UUID.randomUUID() + "@example.test";
    }

    private static void signUp(String email, String password) {
        browser.open("/signup");
        browser.type("Email", email).type("Password", password).type("Your name", "Alex");
        acceptNotice();
        browser.press("Create my account");
    }

    /** Ticks the box that accepts the privacy notice in force, as it is named on the page. */
    static void acceptNotice() {
        browser.labelled("I accept the privacy notice, version " + Subject.currentNotice()).click();
    }

    @Test
    void aPersonSignsUpConfirmsTheAddressFromTheMailAndSignsIn() {
        String email = newEmail();
        browser.open("/signup");
        assertThat(browser.text(), containsString(PasswordRule.IN_WORDS));
        browser.snapshot("sign-up");

        signUp(email, Subject.PASSWORD);

        assertThat(browser.path(), equalTo("/signup/sent"));
        assertThat(browser.text(), containsString("We sent a confirmation mail"));
        browser.open(Mailbox.awaitLinkPath(email, Subject.CONFIRMATION_SUBJECT));
        browser.press("Confirm my address");
        assertThat(browser.heading(), equalTo("Your address is confirmed"));
        browser.signIn(email, Subject.PASSWORD);
        assertThat(browser.path(), equalTo("/dashboard"));
        Account account = QuarkusTransaction.requiringNew().call(() -> Account.findByEmail(email));
        assertThat(account.noticeVersion, equalTo(Subject.currentNotice()));
        assertThat(account.noticeAcceptedAt, notNullValue());
    }

    @Test
    void aSignUpThatDoesNotAcceptTheNoticeIsRefusedNextToTheBoxAndCreatesNoAccount() {
        String email = newEmail();
        browser.open("/signup");
        // the link opens a tab of its own, so that what is typed stays: followed here in this one
        browser.open(browser.driver().findElement(By.linkText("read the privacy notice")).getAttribute("href"));
        assertThat(browser.heading(), equalTo("Privacy notice"));
        assertThat(browser.text(), containsString("Version " + Subject.currentNotice()));
        browser.open("/signup");

        browser.type("Email", email).type("Password", Subject.PASSWORD).type("Your name", "Alex");
        browser.press("Create my account");

        assertThat(browser.path(), equalTo("/signup"));
        assertThat(browser.driver().findElement(By.id("acceptedNotice-error")).getText(),
                equalTo("Accept the privacy notice (version " + Subject.currentNotice() + ") to create an account."));
        assertThat(browser.labelled("I accept the privacy notice, version " + Subject.currentNotice())
                .getAttribute("aria-invalid"), equalTo("true"));
        assertThat(browser.labelled("Email").getAttribute("value"), equalTo(email));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Account.findByEmail(email)), nullValue());
        browser.type("Password", Subject.PASSWORD); // a password is never sent back in a page
        acceptNotice();
        browser.press("Create my account");
        assertThat(browser.path(), equalTo("/signup/sent"));
    }

    @Test
    void aRefusedPasswordNamesTheFailedRuleNextToTheFieldAndCreatesNoAccount() {
        String email = newEmail();

        signUp(email, "alllowercase-1");

        assertThat(browser.path(), equalTo("/signup"));
        assertThat(browser.driver().findElement(By.id("password-error")).getText(),
                equalTo("The password must contain both upper-case and lower-case letters."));
        assertThat(browser.labelled("Email").getAttribute("value"), equalTo(email));
        assertThat(browser.labelled("Password").getAttribute("aria-invalid"), equalTo("true"));
        // the address is still free: no account was created with it
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", Subject.PASSWORD, "profileName", "Alex"))
                .post("/api/accounts").then().statusCode(201);
    }

    @Test
    void anAddressThatHasAnAccountIsRefusedNextToTheEmailField() {
        Subject subject = Subject.create();

        signUp(subject.email(), Subject.PASSWORD);

        assertThat(browser.path(), equalTo("/signup"));
        assertThat(browser.driver().findElement(By.id("email-error")).getText(),
                containsString("An account with this email already exists"));
        assertThat(browser.text(), not(containsString("We sent a confirmation mail")));
    }

    @Test
    void anUnconfirmedPersonWhoSignsInIsAskedToConfirmAndCanHaveTheMailSentAgain() {
        String email = newEmail();
        signUp(email, Subject.PASSWORD);
        Mailbox.awaitLinkPath(email, Subject.CONFIRMATION_SUBJECT);

        browser.signIn(email, Subject.PASSWORD);

        assertThat(browser.path(), equalTo("/signup/unconfirmed"));
        browser.snapshot("sign-up-unconfirmed");
        browser.press("Send the confirmation mail again");
        assertThat(browser.text(), containsString(ConfirmationMails.ANSWER));
        await().atMost(Processes.PATIENCE).until(
                () -> Mailbox.matching(mailbox, email, Subject.CONFIRMATION_SUBJECT).size() == 2);
    }
}
