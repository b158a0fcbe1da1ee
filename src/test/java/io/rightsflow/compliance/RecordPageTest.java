package io.rightsflow.compliance;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Staff;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@Tag("browser")
class RecordPageTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Test
    void theRecordOfProcessingShowsEveryActivityOfTheApiAndDownloadsItsCsv() {
        Staff auditor = Staff.create("auditor");
        browser.signIn(auditor.username(), auditor.password()).open("/console/audit")
                .follow("Record of processing");
        browser.snapshot("console-record");

        assertThat(browser.heading(), equalTo("Record of processing activities"));
        int activities = auditor.api().get("/api/audit/record-of-processing").then().statusCode(200)
                .extract().path("size()");
        assertThat(browser.all("article.activity"), hasSize(activities));
        assertThat(browser.text(), containsString("Account (email, password hash, unit preferences)"));

        Response download = BrowserDownload.of(browser, "Download the CSV");
        assertThat(download.statusCode(), equalTo(200));
        assertThat(download.asString(), equalTo(auditor.api().accept("text/csv").get("/api/audit/record-of-processing")
                .then().statusCode(200).extract().asString()));
    }
}
