package io.rightsflow.request;

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
class RequestsPageTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Test
    void aPersonSeesEachRequestWithItsStatusDueDateAndStepsInPlainWords() {
        Subject subject = Subject.create();
        String erasure = subject.eraseProfile(subject.addProfile("Sam"));
        subject.fileRequest(Map.of("type", "OBJECTION", "profileId", subject.mainProfileId(),
                "purposes", List.of("CHALLENGES")));
        String due = RequestWords.date(java.time.Instant.parse(
                subject.api().get("/api/requests/{id}", erasure).then().statusCode(200).extract().path("dueAt")));

        browser.signIn(subject.email(), subject.password()).open("/requests");

        browser.snapshot("requests");
        assertThat(browser.heading(), equalTo("My requests"));
        assertThat(browser.text(), allOf(containsString("Delete a profile"),
                containsString("Waiting period before the deletion"), containsString("Answer due by\n" + due),
                containsString("Erasure requested: done on"), containsString("Objection to a use of your data"),
                containsString("Being reviewed by our team")));
        // Cancel only where the process allows it: the erasure in its grace period, not the objection
        assertThat(browser.all("li.request button"), hasSize(1));
        assertThat(browser.all("li.request").stream().filter(li -> li.getText().contains("Objection")).findFirst()
                .orElseThrow().getText(), not(containsString("Cancel")));
    }

    @Test
    void cancellingAsksFirstThenCancelsTheRequestAsTheApiDoes() {
        Subject subject = Subject.create();
        String child = subject.addProfile("Sam");
        String erasure = subject.eraseProfile(child);
        browser.signIn(subject.email(), subject.password()).open("/requests");

        browser.pressIn("Delete a profile", "Cancel");

        assertThat(browser.heading(), equalTo("Cancel this request?"));
        browser.snapshot("request-cancellation");
        subject.api().get("/api/requests/{id}", erasure).then().body("status", equalTo("GRACE_PERIOD"));
        browser.press("Yes, cancel this request");

        assertThat(browser.path(), equalTo("/requests"));
        assertThat(browser.text(), allOf(containsString("Your request was cancelled"), containsString("Cancelled")));
        assertThat(browser.all("li.request button"), hasSize(0));
        subject.api().get("/api/requests/{id}", erasure).then().body("status", equalTo("CANCELLED"));
        subject.api().get("/api/accounts/{id}", subject.accountId()).then()
                .body("profiles.find { it.profileId == '" + child + "' }.status", equalTo("ACTIVE"));
    }

    @Test
    void aRequestThatCannotBeCancelledSaysSoAndACancellationPostedAnywayChangesNothing() {
        Subject subject = Subject.create();
        String objection = subject.fileRequest(Map.of("type", "OBJECTION", "profileId", subject.mainProfileId(),
                "purposes", List.of("CHALLENGES")));
        browser.signIn(subject.email(), subject.password()).open("/requests/" + objection + "/cancellation");
        assertThat(browser.text(), allOf(containsString("This request cannot be cancelled now"),
                containsString("Nothing was changed")));

        // the form posted anyway, with a valid token (a stale page, a crafted form): refused in the API's words
        browser.script("const form = document.createElement('form');"
                + "form.method = 'post'; form.action = arguments[0];"
                + "form.appendChild(document.querySelector('input[name=csrf]').cloneNode());"
                + "document.body.appendChild(form); form.submit();", "/requests/" + objection + "/cancellation");
        browser.waitFor("is decided, not cancelled");

        subject.api().get("/api/requests/{id}", objection).then().body("status", not(equalTo("CANCELLED")));
    }
}
