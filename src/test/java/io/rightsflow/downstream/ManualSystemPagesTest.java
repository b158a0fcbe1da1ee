package io.rightsflow.downstream;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rightsflow.support.Browser;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** A manual system in real Chromium: the desk's task page asks for the evidence; the console shows every system. */
@QuarkusTest
@TestProfile(DownstreamSystemsProfile.class)
@Tag("browser")
class ManualSystemPagesTest {

    static final String DONE_BY_HAND = "Done by hand in the system: the evidence is below";
    static final String NOTE = "Note: what was done in the system, or why it is given up (required)";
    static final String REFERENCE = "Reference of the evidence (required when done by hand; e.g. the other team's ticket)";

    @RegisterExtension
    static Browser browser = new Browser();

    @Inject
    RuntimeService runtime;

    @AfterEach
    void reset() {
        EngineTime.reset();
    }

    @Test
    void anAgentRecordsASystemDoneByHandOnlyWithItsReferenceAndTheConsoleShowsItOnTheCertificateAndTheRequest() {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        subject.addDevice(profile, "thermo");
        String requestId = ManualSystemTest.erasedPastGrace(runtime, subject, profile);
        Staff agent = Staff.create("agent");
        String taskId = (String) ManualSystemTest.taskAt(agent, requestId, ManualSystemTest.BY_HAND).get("taskId");
        browser.signIn(agent.username(), agent.password()).open("/desk/tasks/" + taskId);

        assertThat(browser.heading(), equalTo("Carry out the request in the system"));
        assertThat(browser.text(), containsString("About: system Support tool (manual)."));
        browser.press("Claim");
        browser.labelled(DONE_BY_HAND).click();
        browser.type(NOTE, "Deleted the person's tickets in the support tool.");
        browser.press("Record the decision");

        assertThat(browser.text(), containsString("Write the reference of the evidence, e.g. the other team's ticket."));
        assertThat(browser.labelled(REFERENCE).getAttribute("aria-invalid"), equalTo("true"));
        assertThat(browser.labelled(NOTE).getAttribute("value"), equalTo("Deleted the person's tickets in the support tool."));
        browser.snapshot("desk-task-by-hand");
        assertEquals(taskId, ManualSystemTest.taskAt(agent, requestId, ManualSystemTest.BY_HAND).get("taskId"),
                "the task is still open");
        assertNull(ManualSystemTest.call(requestId, "support").decidedBy, "nothing recorded");
        assertNotEquals("COMPLETED", ManualSystemTest.status(subject, requestId));

        browser.type(REFERENCE, "SUP-4410");
        browser.press("Record the decision");

        assertThat(browser.text(), containsString("The decision is recorded and the task is closed."));
        await().atMost(Processes.PATIENCE).until(() -> "COMPLETED".equals(ManualSystemTest.status(subject, requestId)));
        SystemCall done = ManualSystemTest.call(requestId, "support");
        assertEquals(SystemCall.Status.DONE_BY_HAND, done.status);
        assertEquals("SUP-4410", done.evidenceReference);
        assertEquals("agent:" + agent.username(), done.decidedBy);

        Staff auditor = Staff.create("auditor");
        browser.driver().manage().deleteAllCookies(); // signed out: the auditor's turn
        browser.signIn(auditor.username(), auditor.password()).open("/console/certificates");
        browser.type("Request id", requestId).press("Find by request");
        browser.snapshot("console-certificate-systems");
        String row = browser.driver().findElement(By.cssSelector("table.systems tbody tr")).getText();
        assertThat(row, allOf(containsString("Support tool"), containsString("manual"), containsString("Done by hand"),
                containsString("UTC"), containsString("SUP-4410 (agent:" + agent.username() + ")")));

        browser.open("/console/requests/" + requestId);
        String line = browser.driver().findElement(By.cssSelector("section.request-systems tbody tr")).getText();
        assertThat(line, allOf(containsString("Support tool"), containsString("Done by hand"), containsString("SUP-4410")));
        assertThat(browser.text(), containsString("DONE_BY_HAND system=support, note: Deleted the person's tickets"));
    }

    @Test
    void theRecordOfProcessingListsEverySystemWithItsCategoriesAndTheRequestsThatReachIt() {
        Staff auditor = Staff.create("auditor");
        browser.signIn(auditor.username(), auditor.password()).open("/console/record");
        browser.snapshot("console-record-systems");

        String support = browser.driver().findElement(By.cssSelector("tr[data-system='support']")).getText();
        assertThat(support, allOf(containsString("Support tool"), containsString("manual"),
                containsString("body-temperature"), containsString("Delete a profile"), containsString("Delete the account"),
                containsString("Copy of your data and how it is used")));
        assertThat(browser.driver().findElement(By.cssSelector("tr[data-system='camera']")).getText(),
                allOf(containsString("Camera service"), containsString("webhook"), containsString("video")));
        assertThat(browser.driver().findElement(By.cssSelector("article.activity[data-category='video']")).getText(),
                allOf(containsString("Also kept in"), containsString("Camera service (asked through its API;")));
    }
}
