package io.rightsflow.sharing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Subject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@Tag("browser")
class SharesPageTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Test
    void aPersonSeesWhoSeesWhatOfEachDashboard() {
        Subject owner = Subject.create("Robin");
        Subject viewer = Subject.create();
        String child = owner.addProfile("Kim");
        share(owner, owner.mainProfileId(), viewer.email());
        share(owner, child, "not-yet-signed-up@example.com");

        browser.signIn(owner.email(), owner.password()).open("/settings/shares");

        browser.snapshot("shares");
        assertThat(browser.heading(), equalTo("Manage my shares"));
        assertThat(browser.text(), allOf(
                containsString(viewer.email() + " sees the weight, fat mass, heart rate and blood pressure of Robin"),
                containsString("not-yet-signed-up@example.com sees the weight, fat mass, heart rate and blood pressure of Kim")));
    }

    @Test
    void removingAShareAsksFirstAndThenTheApiNoLongerListsIt() {
        Subject owner = Subject.create();
        Subject viewer = Subject.create();
        Subject other = Subject.create();
        share(owner, owner.mainProfileId(), viewer.email());
        share(owner, owner.mainProfileId(), other.email());
        browser.signIn(owner.email(), owner.password()).open("/settings/shares");

        browser.pressIn(viewer.email(), "Remove");

        assertThat(browser.heading(), equalTo("Stop sharing with " + viewer.email() + "?"));
        assertThat(emails(owner), hasSize(2));
        browser.press("Yes, remove " + viewer.email());

        assertThat(browser.path(), equalTo("/settings/shares"));
        assertThat(browser.text(), allOf(containsString("The share is removed"), not(containsString(viewer.email())),
                containsString(other.email())));
        assertThat(emails(owner), equalTo(List.of(other.email())));
        viewer.api().get("/api/shared-with-me").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void goingBackFromTheConfirmationKeepsTheShare() {
        Subject owner = Subject.create();
        Subject viewer = Subject.create();
        share(owner, owner.mainProfileId(), viewer.email());
        browser.signIn(owner.email(), owner.password()).open("/settings/shares");

        browser.pressIn(viewer.email(), "Remove").follow("No, keep sharing");

        assertThat(browser.text(), containsString(viewer.email()));
        assertThat(emails(owner), equalTo(List.of(viewer.email())));
    }

    private static void share(Subject owner, String profileId, String email) {
        owner.api().body(Map.of("email", email)).post("/api/profiles/{id}/shares", profileId).then().statusCode(201);
    }

    private static List<String> emails(Subject owner) {
        return owner.api().get("/api/profiles/{id}/shares", owner.mainProfileId()).then().statusCode(200)
                .extract().path("email");
    }
}
