package io.rightsflow.erasure;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

@QuarkusTest
@Tag("browser")
class ErasurePagesTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Test
    void aDeletedSecondaryProfileShowsPendingAndReactivateBringsItBack() {
        Subject subject = Subject.create("Mum");
        String junior = subject.addProfile("Junior");
        browser.signIn(subject.email(), subject.password()).open("/account");

        browser.pressIn("Junior", "Delete");
        assertThat(browser.path(), equalTo("/account/profiles/" + junior + "/deletion"));
        assertThat(browser.text(), allOf(containsString("Delete the profile Junior?"), containsString("seven days")));
        browser.snapshot("profile-deletion");
        browser.press("Delete this profile");

        assertThat(browser.path(), equalTo("/account"));
        assertThat(browser.text(), containsString("The profile is pending deletion"));
        await().atMost(Processes.PATIENCE).until(() -> "PENDING_DELETION".equals(statusOf(subject, junior)));
        assertThat(erasures(subject, "PROFILE_ERASURE"), hasSize(1));
        String requestId = (String) erasures(subject, "PROFILE_ERASURE").get(0).get("id");
        await().atMost(Processes.PATIENCE).until(() -> "GRACE_PERIOD".equals(requestStatus(subject, requestId)));
        browser.open("/account");
        assertThat(browser.text(), containsString("Status: Pending deletion"));

        browser.pressIn("Junior", "Reactivate");

        assertThat(browser.text(), allOf(containsString("The profile is active again"),
                containsString("Status: Active"), not(containsString("Pending deletion"))));
        await().atMost(Processes.PATIENCE).until(() -> "ACTIVE".equals(statusOf(subject, junior)));
        await().atMost(Processes.PATIENCE).until(() -> "CANCELLED".equals(requestStatus(subject, requestId)));
    }

    @Test
    void deletingAProfileAlreadyPendingDeletionChangesNothingAndSaysSo() {
        Subject subject = Subject.create("Mum");
        String junior = subject.addProfile("Junior");
        browser.signIn(subject.email(), subject.password()).open("/account/profiles/" + junior + "/deletion");
        subject.eraseProfile(junior);

        browser.press("Delete this profile");

        assertThat(browser.text(), allOf(containsString("already pending deletion"), containsString("Nothing was changed")));
        assertThat(erasures(subject, "PROFILE_ERASURE"), hasSize(1));
    }

    @Test
    void reactivatingAProfileThatIsNoLongerPendingChangesNothingAndSaysSo() {
        Subject subject = Subject.create("Mum");
        String junior = subject.addProfile("Junior");
        String requestId = subject.eraseProfile(junior);
        await().atMost(Processes.PATIENCE).until(() -> "GRACE_PERIOD".equals(requestStatus(subject, requestId)));
        browser.signIn(subject.email(), subject.password()).open("/account");
        subject.api().post("/api/profiles/{id}/reactivation", junior).then().statusCode(200);

        browser.pressIn("Junior", "Reactivate");

        assertThat(browser.text(), allOf(containsString("nothing to reactivate"), containsString("Nothing was changed")));
        await().atMost(Processes.PATIENCE).until(() -> "CANCELLED".equals(requestStatus(subject, requestId)));
        assertThat(erasures(subject, "PROFILE_ERASURE"), hasSize(1));
        assertThat(statusOf(subject, junior), equalTo("ACTIVE"));
    }

    @Test
    void theAccountDeletionOffersDownloadsLetsThePersonTurnBackThenExplainsTheSevenDays() {
        Subject subject = Subject.create("Mum");
        browser.signIn(subject.email(), subject.password()).open("/account");

        browser.pressIn("Mum", "Delete");

        assertThat(browser.path(), equalTo("/account/deletion"));
        List<String> downloads = browser.all("a[href^='/settings/download']").stream()
                .map(a -> java.net.URI.create(a.getAttribute("href")).getRawPath()
                        + (java.net.URI.create(a.getAttribute("href")).getRawQuery() == null ? ""
                                : "?" + java.net.URI.create(a.getAttribute("href")).getRawQuery()))
                .toList();
        assertThat(downloads, equalTo(List.of("/settings/download?profile=" + subject.mainProfileId(),
                "/settings/download")));
        browser.snapshot("account-deletion");

        browser.follow("I don't want to delete my account. Take me back!");

        assertThat(browser.path(), equalTo("/account"));
        assertThat(erasures(subject, "ACCOUNT_ERASURE"), empty());
        subject.api().get("/api/accounts/{id}", subject.accountId()).then().statusCode(200).body("status", equalTo("ACTIVE"));

        browser.pressIn("Mum", "Delete").press("Delete my account");

        assertThat(browser.heading(), equalTo("Your account is scheduled for deletion"));
        assertThat(browser.text(), allOf(containsString("What happens in the next seven days"),
                containsString("You can no longer sign in"), containsString("customer service")));
        browser.snapshot("account-deletion-scheduled");
        String reference = browser.driver().findElement(By.tagName("strong")).getText();
        Staff agent = Staff.create("agent");
        agent.api().get("/api/requests/{id}", reference).then().statusCode(200)
                .body("type", equalTo("ACCOUNT_ERASURE")).body("status", equalTo("GRACE_PERIOD"))
                .body("accountId", equalTo(subject.accountId()));
        agent.api().get("/api/accounts/{id}", subject.accountId()).then().body("status", equalTo("PENDING_DELETION"));
    }

    @Test
    void deletingTheMainProfileWhileASecondaryRemainsExplainsWhyAndChangesNothing() {
        Subject subject = Subject.create("Mum");
        subject.addProfile("Junior");
        browser.signIn(subject.email(), subject.password()).open("/account");

        browser.pressIn("Mum", "Delete");

        assertThat(browser.text(), allOf(containsString("cannot be deleted yet"),
                containsString("must first be deleted or made independent"), containsString("Junior"),
                containsString("Nothing was changed")));
        assertThat(browser.all("button.danger"), empty());
        assertThat(erasures(subject, "ACCOUNT_ERASURE"), empty());
        subject.api().get("/api/accounts/{id}", subject.accountId()).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void aSecondaryAddedWhileTheDeletionPageWasOpenIsRefusedByTheServiceInWords() {
        Subject subject = Subject.create("Mum");
        browser.signIn(subject.email(), subject.password()).open("/account/deletion");
        subject.addProfile("Late child");

        browser.press("Delete my account");

        assertThat(browser.text(), allOf(containsString("cannot be deleted yet"), containsString("Late child")));
        assertThat(erasures(subject, "ACCOUNT_ERASURE"), empty());
        subject.api().get("/api/accounts/{id}", subject.accountId()).then().body("status", equalTo("ACTIVE"));
    }

    private static List<Map<String, Object>> erasures(Subject subject, String type) {
        return subject.api().queryParam("type", type).get("/api/requests").then().statusCode(200)
                .extract().jsonPath().getList("");
    }

    private static String requestStatus(Subject subject, String requestId) {
        return subject.api().get("/api/requests/{id}", requestId).then().statusCode(200).extract().path("status");
    }

    private static String statusOf(Subject subject, String profileId) {
        List<Map<String, Object>> profiles = subject.api().get("/api/accounts/{id}", subject.accountId())
                .then().statusCode(200).extract().jsonPath().getList("profiles");
        return profiles.stream().filter(p -> profileId.equals(p.get("profileId"))).map(p -> (String) p.get("status"))
                .findFirst().orElse(null);
    }
}
