package io.rightsflow.compliance;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.rightsflow.support.Browser;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Seed;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

@QuarkusTest
@Tag("browser")
class CertificatesPageTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    ObjectMapper json;

    @AfterEach
    void reset() {
        EngineTime.reset();
    }

    @Test
    void anErasuresCertificateIsFoundByItsRequestAndByTheErasedProfileAndDownloadsAsTheApiGivesIt() throws Exception {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Very Personal Name");
        Seed.everyKindOfData(subject, profile);
        String requestId = erased(subject, profile);
        Staff auditor = Staff.create("auditor");
        browser.signIn(auditor.username(), auditor.password()).open("/console/certificates");

        browser.type("Request id", requestId).press("Find by request");

        assertThat(browser.text(), allOf(containsString("1 certificate of request " + requestId),
                containsString("A profile"), containsString("measurements=12"), not(containsString("Very Personal"))));
        assertThat(browser.driver().findElement(By.linkText(requestId)).getAttribute("href"),
                endsWith("/console/requests/" + requestId));
        Response download = BrowserDownload.of(browser, "Download the certificate (JSON)");
        assertThat(download.statusCode(), equalTo(200));
        assertThat(download.header("Content-Disposition"), containsString("erasure-certificate-" + requestId + ".json"));
        String api = auditor.api().get("/api/audit/erasures/{id}", requestId).then().statusCode(200).extract().asString();
        assertThat(json.readTree(download.asString()), equalTo(json.readTree(api)));

        browser.type("Profile or account id", profile).press("Find by profile or account");
        browser.snapshot("console-certificates");

        assertThat(browser.text(), containsString("1 certificate of profile or account " + profile));
        assertThat(browser.all("article.certificate"), hasSize(1));
        assertThat(browser.all("article.certificate").get(0).getText(), containsString(requestId));
    }

    @Test
    void anIdWithoutACertificateSaysSo() {
        Staff auditor = Staff.create("auditor");
        String unknown = UUID.randomUUID().toString();
        browser.signIn(auditor.username(), auditor.password()).open("/console/certificates?subject=" + unknown);

        assertThat(browser.text(), containsString("No erasure certificate of profile or account " + unknown));
        browser.open("/console/certificates?request=" + unknown);
        assertThat(browser.text(), containsString("No erasure certificate of request " + unknown));
        browser.open("/console/certificates/" + unknown + "/download");
        assertThat(browser.text(), containsString("There is no erasure certificate of this request"));
    }

    /** Files the erasure, lets its grace period pass and waits until it has run; returns the request's id. */
    private String erased(Subject subject, String profile) {
        String requestId = subject.eraseProfile(profile);
        String process = Processes.ofRequest(requestId);
        Processes.awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");
        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        Processes.awaitEnded(history, process);
        return requestId;
    }
}
