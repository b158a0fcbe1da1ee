package io.rightsflow.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Subject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The guide's first walk, page after page as a new person takes it, from the home page to a deleted entry. */
@QuarkusTest
@Tag("browser")
class FirstVisitTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Test
    void aNewPersonSignsUpConfirmsAddsAWeightSeesItAndDeletesItAfterConfirming() {
        String email = "first-visit-" + UUID.randomUUID() + "@example.test";
        browser.open("/");
        browser.snapshot("home");

        browser.follow("Create an account");
        browser.type("Email", email).type("Password", Subject.PASSWORD).type("Your name", "Alex");
        browser.labelled("I accept the privacy notice, version " + Subject.currentNotice()).click();
        browser.press("Create my account");
        assertThat(browser.path(), equalTo("/signup/sent"));
        browser.snapshot("sign-up-sent");
        browser.open(Mailbox.awaitLinkPath(email, Subject.CONFIRMATION_SUBJECT));
        browser.snapshot("address-confirmation");
        browser.press("Confirm my address");
        browser.signIn(email, Subject.PASSWORD);
        assertThat(browser.path(), equalTo("/dashboard"));

        browser.follow("Add data");
        browser.type("Weight (kg)", "71.3").type("Date", "2026-11-29").type("Time (UTC)", "08:15").press("Add");

        String profilePage = browser.path();
        assertThat(profilePage, startsWith("/dashboard/profiles/"));
        assertThat(browser.text(), containsString("2026-11-29 08:15 71.3 kg"));
        assertThat(browser.all("svg[role=img] circle"), hasSize(1));
        String profileId = profilePage.substring("/dashboard/profiles/".length());
        assertThat(stored(email, profileId).getDouble("items[0].value"), equalTo(71.3));

        browser.driver().findElement(By.xpath("//tr[contains(., '71.3 kg')]//a[normalize-space(.)='Delete']")).click();
        browser.waitFor("Delete this entry?").snapshot("entry-deletion");
        browser.press("Delete for good");

        assertThat(browser.text(), allOf(containsString("The entry was deleted"), not(containsString("71.3 kg"))));
        assertThat(stored(email, profileId).getInt("total"), equalTo(0));
    }

    @Test
    void everyEntryOfTheSettingsOpensItsPage() {
        Subject subject = Subject.create("Alex");
        browser.signIn(subject.email(), subject.password()).follow("Settings");
        browser.snapshot("settings");
        List<String> entries = browser.all("main ul.menu a").stream().map(link -> link.getAttribute("href")).toList();
        assertThat(entries, hasSize(8));

        for (String entry : entries) {
            browser.open(entry);
            assertThat(entry, browser.path(), equalTo(java.net.URI.create(entry).getPath()));
            assertThat(entry, browser.heading(), not(equalTo(Pages.heading(404))));
        }
    }

    private static JsonPath stored(String email, String profileId) {
        return given().auth().preemptive().basic(email, Subject.PASSWORD)
                .get("/api/profiles/{id}/measurements", profileId).then().statusCode(200).extract().jsonPath();
    }
}
