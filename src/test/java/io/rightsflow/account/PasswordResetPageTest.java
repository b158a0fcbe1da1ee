package io.rightsflow.account;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@Tag("browser")
class PasswordResetPageTest {

    static final String NEW_PASSWORD = "Fresh-Start-42!";

    @RegisterExtension
    static Browser browser = new Browser();

    @Inject
    MockMailbox mailbox;

    @Inject
    HistoryService history;

    private static void askForALink(String email) {
        browser.open("/login");
        browser.follow("Forgot your password?");
        browser.type("Email", email);
        browser.press("Send me a link");
    }

    @Test
    void aPersonAsksForALinkChoosesANewPasswordFromTheMailAndSignsInWithIt() {
        Subject subject = Subject.create();

        askForALink(subject.email());

        assertThat(browser.text(), containsString(PasswordResets.ANSWER));
        browser.snapshot("password-reset");
        browser.open(Mailbox.awaitLinkPath(subject.email(), PasswordResetTest.RESET_SUBJECT));
        browser.snapshot("new-password");
        browser.type("New password", NEW_PASSWORD).type("Repeat the password", NEW_PASSWORD);
        browser.press("Set my new password");
        assertThat(browser.heading(), equalTo("Your password is changed"));
        browser.signIn(subject.email(), NEW_PASSWORD);
        assertThat(browser.path(), equalTo("/dashboard"));
        subject.withPassword(NEW_PASSWORD).api().get("/api/me").then().statusCode(200);
        subject.api().get("/api/me").then().statusCode(401);
    }

    @Test
    void anAddressWithoutAnAccountGetsTheSameAnswerAndNoMail() {
        Subject known = Subject.create();
        String unknown = "nobody-" + UUID.randomUUID() + "@example.test";

        askForALink(unknown);
        String unknownAnswer = browser.text();
        askForALink(known.email());

        assertThat(browser.text(), equalTo(unknownAnswer));
        await().atMost(Processes.PATIENCE).until(() -> history.createHistoricProcessInstanceQuery()
                .processDefinitionKey("password-reset").processInstanceBusinessKey(known.accountId())
                .finished().count() == 1);
        assertTrue(Mailbox.matching(mailbox, unknown, "").isEmpty());
    }
}
