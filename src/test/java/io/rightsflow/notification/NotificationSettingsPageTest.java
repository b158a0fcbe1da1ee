package io.rightsflow.notification;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Subject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@Tag("browser")
class NotificationSettingsPageTest {

    @RegisterExtension
    static Browser browser = new Browser();

    private static Map<String, Boolean> kinds(Subject subject) {
        return subject.api().get("/api/accounts/{id}/notifications", subject.accountId())
                .then().statusCode(200).extract().jsonPath().getMap("kinds", String.class, Boolean.class);
    }

    @Test
    void aKindSwitchedOffAndSavedStaysOffOnTheReloadedPageAndInTheApi() {
        Subject subject = Subject.create();
        browser.signIn(subject.email(), subject.password()).open("/settings");
        browser.follow("Notification center");
        assertThat(browser.heading(), equalTo("Notification center"));
        assertThat(browser.labelled("Tips").isSelected(), is(true));
        browser.snapshot("notification-settings");

        browser.labelled("Tips").click();
        browser.press("Save");

        assertThat(browser.text(), containsString("Your choices are saved."));
        browser.open("/settings/notifications");
        assertThat(browser.labelled("Tips").isSelected(), is(false));
        assertThat(browser.labelled("Weekly summary").isSelected(), is(true));
        assertThat(kinds(subject), equalTo(Map.of("weekly-summary", true, "tips", false, "product-news", true,
                "challenge-updates", true)));
    }

    @Test
    void theFormPostedWithoutItsTokenChangesNothingAndSaysSo() {
        Subject subject = Subject.create();
        browser.signIn(subject.email(), subject.password()).open("/settings/notifications");
        browser.labelled("Product news").click();

        browser.script("document.querySelectorAll('input[name=csrf]').forEach(field => field.remove())");
        browser.press("Save");

        assertThat(browser.text(), allOf(containsString("This form has expired or was not sent from this page"),
                containsString("nothing was changed")));
        assertThat(kinds(subject).get("product-news"), is(true));
        browser.open("/settings/notifications");
        assertThat(browser.labelled("Product news").isSelected(), is(true));
    }
}
