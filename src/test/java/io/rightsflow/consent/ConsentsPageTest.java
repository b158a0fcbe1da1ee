package io.rightsflow.consent;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.account.PrivacyNotice;
import io.rightsflow.measurement.Pseudonyms;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

@QuarkusTest
@Tag("browser")
class ConsentsPageTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Inject
    PrivacyNotice notice;

    @Inject
    Pseudonyms pseudonyms;

    @Test
    void researchGivenOnThePageIsOnWithItsChannelAndNoticeAndWithdrawnLeavesTheExtract() {
        Subject subject = Subject.create("Robin");
        weighIn(subject);
        String ref = pseudonyms.of(subject.mainProfileId());
        browser.signIn(subject.email(), subject.password()).open("/account");
        browser.follow("My consents");
        assertThat(browser.heading(), equalTo("My consents"));
        assertThat(row(subject, "research"), allOf(containsString("Research"), containsString("Your consent"),
                containsString("Off"), not(containsString("On"))));
        assertThat((Boolean) research(subject).get("given"), is(false));

        browser.pressIn("Research", "Give consent");

        assertThat(browser.path(), equalTo("/account/consents"));
        assertThat(browser.text(), containsString("Your consent to Research is given."));
        assertThat(row(subject, "research"), allOf(containsString("On"), containsString("through the account page"),
                containsString("privacy notice " + notice.version())));
        assertThat(browser.text(), containsString("given for Research, through the account page (privacy notice "
                + notice.version() + ")"));
        browser.snapshot("consents");
        Map<String, Object> given = research(subject);
        assertThat((Boolean) given.get("given"), is(true));
        assertThat((String) given.get("channel"), equalTo("ACCOUNT_PAGE"));
        assertThat((String) given.get("noticeVersion"), equalTo(notice.version()));
        Staff.ADMIN.api().get("/api/extracts/research").then().statusCode(200).body("rows.profileRef", hasItem(ref));

        browser.pressIn("Research", "Withdraw consent");

        assertThat(browser.text(), containsString("Your consent to Research is withdrawn. It took effect at once."));
        assertThat(row(subject, "research"), allOf(containsString("Off"), containsString("Withdrawn")));
        assertThat((Boolean) research(subject).get("given"), is(false));
        assertThat((String) research(subject).get("channel"), equalTo("ACCOUNT_PAGE"));
        Staff.ADMIN.api().get("/api/extracts/research").then().statusCode(200)
                .body("rows.profileRef", not(hasItem(ref)));
    }

    @Test
    void theUsesThatDoNotRestOnConsentSaySoAndOfferNoButton() {
        Subject subject = Subject.create();
        browser.signIn(subject.email(), subject.password()).open("/account/consents");

        assertThat(row(subject, "service"), allOf(containsString("our contract with you"), containsString("Always"),
                containsString("Nothing to give or withdraw")));
        assertThat(row(subject, "challenges"), allOf(containsString("legitimate interest"),
                containsString("You may object to this use"), containsString("My requests")));
        assertThat(browser.driver().findElement(By.id("consent-" + subject.mainProfileId() + "-challenges"))
                .findElements(By.tagName("button")).isEmpty(), is(true));
        assertThat(browser.driver().findElement(By.id("consent-" + subject.mainProfileId() + "-challenges"))
                .findElement(By.linkText("My requests")).getAttribute("href"), containsString("/requests"));
    }

    @Test
    void theFormPostedWithoutItsTokenChangesNothingAndSaysSo() {
        Subject subject = Subject.create();
        browser.signIn(subject.email(), subject.password()).open("/account/consents");

        browser.script("document.querySelectorAll('input[name=csrf]').forEach(field => field.remove())");
        browser.pressIn("Research", "Give consent");

        assertThat(browser.text(), allOf(containsString("This form has expired or was not sent from this page"),
                containsString("nothing was changed")));
        assertThat((Boolean) research(subject).get("given"), is(false));
        assertThat((String) research(subject).get("channel"), nullValue());
        browser.open("/account/consents");
        assertThat(row(subject, "research"), containsString("Off"));
    }

    private static String row(Subject subject, String purpose) {
        return browser.driver().findElement(By.id("consent-" + subject.mainProfileId() + "-" + purpose)).getText();
    }

    /** Research as the consents API shows it for the subject's main profile. */
    static Map<String, Object> research(Subject subject) {
        return subject.api().get("/api/profiles/{id}/consents", subject.mainProfileId()).then().statusCode(200)
                .extract().jsonPath().getMap("purposes.find { it.purpose == 'research' }");
    }

    private static void weighIn(Subject subject) {
        subject.api().body(Map.of("category", "weight", "takenAt", "2026-02-01T07:00:00Z", "value", 70, "unit", "kg"))
                .post("/api/profiles/{id}/measurements", subject.mainProfileId()).then().statusCode(201);
    }
}
