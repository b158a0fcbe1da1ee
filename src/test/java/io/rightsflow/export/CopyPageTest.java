package io.rightsflow.export;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
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

/** A person asks from their settings for a copy of all that is held about them (Art. 15) and takes it. */
@QuarkusTest
@Tag("browser")
class CopyPageTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Test
    void aPersonAsksForACopyOfAllTheirProfilesFollowsItAndDownloadsItWithTheDocumentAboutTheirData() throws Exception {
        Subject subject = Subject.create("Robin");
        subject.addProfile("Kim");
        browser.signIn(subject.email(), subject.password()).follow("Settings").follow("A copy of all we hold about me");

        browser.snapshot("copy");
        assertThat(browser.heading(), equalTo("A copy of all we hold about me"));
        assertTrue(browser.labelled("All my profiles").isSelected(), "all profiles are chosen first");
        browser.press("Request my copy");

        assertThat(browser.text(), allOf(containsString("Your copy of all your profiles"), containsString("Status:")));
        List<String> copies = subject.api().get("/api/requests?type=ACCESS").then().statusCode(200).extract().path("id");
        assertEquals(1, copies.size());
        String request = copies.get(0);
        subject.api().get("/api/requests/{id}", request).then().body("profileId", nullValue())
                .body("accountId", equalTo(subject.accountId()));
        await().atMost(Processes.PATIENCE).until(
                () -> subject.api().get("/api/requests/{id}/archive", request).statusCode() == 200);

        browser.waitFor("Download the archive");
        String href = browser.driver().findElement(By.linkText("Download the archive")).getAttribute("href");
        assertThat(href, containsString("/settings/copy/requests/" + request + "/archive"));
        Cookie session = browser.driver().manage().getCookieNamed("rightsflow-session");
        byte[] zip = given().cookie(session.getName(), session.getValue()).get(href).then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        assertThat(Archive.of(zip).files().keySet(), hasItem("about-your-data.html"));
    }

    @Test
    void anExportIsNotFollowedOnTheCopyPageNorACopyOnTheDownloadPage() {
        Subject subject = Subject.create();
        String export = subject.fileRequest(java.util.Map.of("type", "EXPORT", "profileId", subject.mainProfileId()));
        browser.signIn(subject.email(), subject.password());

        browser.open("/settings/copy?request=" + export);

        assertThat(browser.text(), containsString("We could not find this"));
    }
}
