package io.rightsflow.unsubscribe;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@Tag("browser")
class UnsubscribePageTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Inject
    MockMailbox mailbox;

    @Test
    void theLinkOfATipOpensAPageWhoseButtonStopsMarketingMailsWithoutSigningIn() {
        Subject subject = Subject.create();
        subject.api().put("/api/profiles/{id}/consents/direct-marketing", subject.mainProfileId()).then().statusCode(200);
        String title = "Tip " + System.nanoTime();
        Staff.ADMIN.api().body(Map.of("title", title, "text", "Drink water.")).post("/api/notifications/tips").then()
                .statusCode(200);
        Mail tip = Mailbox.await(mailbox, subject.email(), "News from your health devices");
        String header = tip.getHeaders().get("List-Unsubscribe").get(0);
        String link = header.substring(1, header.length() - 1);

        browser.open(link.substring(link.indexOf("/unsubscribe/")));
        assertThat(browser.heading(), equalTo("Stop tips and product news"));
        browser.snapshot("unsubscribe");
        consent(subject, true);

        browser.press("Stop marketing emails");

        assertThat(browser.heading(), equalTo("You will get no more tips or product news"));
        assertThat(browser.text(), containsString("Your consent to direct marketing is withdrawn"));
        consent(subject, false);
    }

    private static void consent(Subject subject, boolean given) {
        subject.api().get("/api/profiles/{id}/consents", subject.mainProfileId()).then().statusCode(200)
                .body("purposes.find { it.purpose == 'direct-marketing' }.given", org.hamcrest.Matchers.is(given));
    }
}
