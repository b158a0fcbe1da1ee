package io.rightsflow.export;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Subject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

@QuarkusTest
@Tag("browser")
class DownloadPageTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Test
    void aPersonRequestsTheDataOfAProfileFollowsItsProgressAndDownloadsTheArchive() throws Exception {
        Subject subject = Subject.create("Robin");
        subject.addProfile("Kim");
        browser.signIn(subject.email(), subject.password()).open("/settings/download?profile=" + subject.mainProfileId());

        browser.snapshot("download");
        assertThat(browser.heading(), equalTo("Download my data"));
        assertTrue(browser.labelled("Robin").isSelected(), "the profile named in the address is chosen");
        browser.press("Request my data");

        assertThat(browser.text(), allOf(containsString("Your download of the profile Robin"), containsString("Status:")));
        List<String> exports = subject.api().get("/api/requests?type=EXPORT").then().statusCode(200).extract().path("id");
        assertEquals(1, exports.size());
        String request = exports.get(0);
        subject.api().get("/api/requests/{id}", request).then().body("profileId", equalTo(subject.mainProfileId()));
        await().atMost(Processes.PATIENCE).until(
                () -> subject.api().get("/api/requests/{id}/archive", request).statusCode() == 200);

        browser.waitFor("Download the archive"); // brought by htmx, without reloading the page
        String href = browser.driver().findElement(By.linkText("Download the archive")).getAttribute("href");
        Cookie session = browser.driver().manage().getCookieNamed("rightsflow-session");
        byte[] zip = given().cookie(session.getName(), session.getValue()).get(href).then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        assertEquals('P', zip[0]);
        assertEquals('K', zip[1]);
    }

    @Test
    void theProgressOfAnotherPersonsExportIsNotShown() {
        Subject owner = Subject.create();
        Subject stranger = Subject.create();
        String request = owner.fileRequest(java.util.Map.of("type", "EXPORT", "accountId", owner.accountId()));
        browser.signIn(stranger.email(), stranger.password());

        browser.open("/settings/download?request=" + request);

        assertThat(browser.text(), allOf(containsString("We could not find this"), not(containsString("Your download of"))));
        browser.open("/settings/download/requests/" + request + "/archive");
        assertThat(browser.text(), containsString("We could not find this"));
        owner.api().get("/api/requests/{id}", request).then().statusCode(200);
    }
}
