package io.rightsflow.partner;

import static io.rightsflow.partner.PartnerDeliveryTest.link;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Subject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@Tag("browser")
class PartnersPageTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Test
    void aPersonSeesWhichPartnerAppsAreConnectedAndConnectsOne() {
        Subject subject = Subject.create();
        link(subject, "google-fit", null);
        browser.signIn(subject.email(), subject.password()).open("/settings/partners");

        browser.snapshot("partners");
        assertThat(browser.heading(), equalTo("Manage my partners"));
        assertThat(row("Google Fit"), containsString("Connected"));
        assertThat(row("Apple Health"), containsString("Not connected"));

        browser.pressIn("Apple Health", "Connect");

        assertThat(browser.text(), containsString("Apple Health is connected"));
        assertThat(row("Apple Health"), not(containsString("Not connected")));
        List<String> active = subject.api().get("/api/profiles/{id}/partners", subject.mainProfileId()).then()
                .statusCode(200).extract().path("findAll { it.status == 'ACTIVE' }.partner");
        assertThat(active, allOf(hasItem("apple-health"), hasItem("google-fit")));
    }

    @Test
    void aConnectionRefusedByARestrictionIsExplainedInWordsNextToThePartnerAndChangesNothing() {
        Subject subject = Subject.create();
        subject.fileRequest(Map.of("type", "RESTRICTION", "profileId", subject.mainProfileId(),
                "ground", "ACCURACY_CONTESTED", "statement", "My weight is wrong."));
        browser.signIn(subject.email(), subject.password()).open("/settings/partners");

        browser.pressIn("Apple Health", "Connect");

        assertThat(row("Apple Health"), allOf(containsString("you asked us to restrict the use of this profile's data"),
                containsString("Nothing was changed"), not(containsString(subject.mainProfileId()))));
        List<String> partners = subject.api().get("/api/profiles/{id}/partners", subject.mainProfileId()).then()
                .statusCode(200).extract().path("partner");
        assertThat(partners, not(hasItem("apple-health")));
    }

    @Test
    void anEditedAddressCannotAnnounceADisconnectionThatDidNotHappen() {
        Subject subject = Subject.create();
        link(subject, "google-fit", null);

        browser.signIn(subject.email(), subject.password())
                .open("/settings/partners?profile=" + subject.mainProfileId() + "&disconnected=google-fit");

        assertThat(browser.text(), not(containsString("is disconnected")));
        assertThat(row("Google Fit"), containsString("Connected"));
    }

    @Test
    void disconnectingSaysWhatThePartnerKeepsAndAfterConfirmingDisconnectsWithTheErasureNoticeChosen() {
        Subject subject = Subject.create();
        link(subject, "apple-health", null);
        browser.signIn(subject.email(), subject.password()).open("/settings/partners");

        browser.pressIn("Apple Health", "Disconnect");

        assertThat(browser.heading(), equalTo("Disconnect Apple Health?"));
        browser.snapshot("partner-disconnection");
        assertThat(browser.text(), containsString("What Apple Health already received is not deleted by the disconnection"));
        assertThat(status(subject, "apple-health"), equalTo("ACTIVE"));
        browser.labelled("Ask Apple Health to delete what it received").click();
        browser.press("Disconnect Apple Health");

        assertThat(browser.text(), containsString("Apple Health is disconnected"));
        assertThat(row("Apple Health"), containsString("Not connected"));
        assertThat(status(subject, "apple-health"), equalTo("REVOKED"));
        String request = subject.api().get("/api/requests?type=PARTNER_DISCONNECTION").then().statusCode(200)
                .extract().path("[0].id");
        assertTrue(QuarkusTransaction.requiringNew().call(
                () -> Disconnection.<Disconnection>findById(request).notifyErasure), "the erasure notice was asked for");
    }

    @Test
    void leavingTheErasureNoticeUncheckedDisconnectsWithoutOne() {
        Subject subject = Subject.create();
        link(subject, "apple-health", null);
        browser.signIn(subject.email(), subject.password()).open("/settings/partners/apple-health/disconnection");

        browser.press("Disconnect Apple Health");

        assertThat(status(subject, "apple-health"), equalTo("REVOKED"));
        String request = subject.api().get("/api/requests?type=PARTNER_DISCONNECTION").then().extract().path("[0].id");
        assertFalse(QuarkusTransaction.requiringNew().call(
                () -> Disconnection.<Disconnection>findById(request).notifyErasure));
    }

    private static String row(String partner) {
        return browser.all("li.partner").stream().filter(li -> li.getText().startsWith(partner)).findFirst()
                .orElseThrow().getText();
    }

    private static String status(Subject subject, String partner) {
        return subject.api().get("/api/profiles/{id}/partners", subject.mainProfileId()).then().statusCode(200)
                .extract().path("find { it.partner == '" + partner + "' }.status");
    }
}
