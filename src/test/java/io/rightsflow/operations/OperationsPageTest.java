package io.rightsflow.operations;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Browser;
import io.rightsflow.support.PartnerServer;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

@QuarkusTest
@Tag("browser")
class OperationsPageTest {

    /** The partner's endpoint for erasure notices: while it does not answer, the notice step fails. */
    static final String APPLE_NOTICES = "/apple-health/erasure-notices";

    @RegisterExtension
    static Browser browser = new Browser();

    final PartnerServer partners = PartnerServer.get();

    @Inject
    RuntimeService runtime;

    @Inject
    ManagementService management;

    @Inject
    HistoryService history;

    @Inject
    RepositoryService repository;

    @AfterEach
    void clearScript() {
        partners.clearScript(APPLE_NOTICES);
    }

    @Test
    void manyIncidentsShowTheOldestHundredOfAllAndAMessageWithAnAddressShowsItBlanked() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("operations-many-incidents").camundaHistoryTimeToLive(1)
                .name("Many incidents").startEvent("Start").userTask("Task_Wait").name("Wait").endEvent("End").done();
        String deployment = repository.createDeployment().name("operations-many-incidents")
                .addModelInstance("operations-many-incidents.bpmn", model).deploy().getId();
        try {
            String process = runtime.startProcessInstanceByKey("operations-many-incidents").getId();
            String execution = runtime.createExecutionQuery().processInstanceId(process).activityId("Task_Wait")
                    .singleResult().getId();
            runtime.createIncident("operations-check", execution, null,
                    "Invalid Addresses: jane.doe@example.com\n\tat com.example.Mailer.send");
            for (int i = 0; i < Incidents.SHOWN; i++) {
                runtime.createIncident("operations-check", execution, null, "the check failed " + i);
            }
            long open = runtime.createIncidentQuery().count();

            String page = Staff.ADMIN.api().get("/operations").then().statusCode(200).extract().asString();

            assertThat(page, allOf(containsString("Showing the " + Incidents.SHOWN + " oldest of " + open),
                    containsString("Invalid Addresses: [address]"), not(containsString("jane.doe@example.com")),
                    not(containsString("Mailer.send"))));
            assertThat(page.split("<tr id=\"incident-", -1).length - 1, equalTo(Incidents.SHOWN));
        } finally {
            repository.deleteDeployment(deployment, true); // no open incident left for the other tests
        }
    }

    @Test
    void anAdminRetriesAnIncidentAfterItsCauseIsFixedAndTheRequestGoesOn() {
        Subject subject = Subject.create();
        String requestId = disconnectWhileThePartnerDoesNotAnswer(subject);
        String process = Processes.ofRequest(requestId);
        String incident = runtime.createIncidentQuery().processInstanceId(process).singleResult().getId();

        browser.signIn(Staff.ADMIN.username(), Staff.ADMIN.password()).open("/operations");

        browser.snapshot("operations");
        assertThat(browser.heading(), equalTo("Operations"));
        assertThat(row(incident), allOf(containsString("Disconnect a partner app, request " + requestId),
                containsString("Send erasure notice to partner"), containsString("Task_SendErasureNotice"),
                containsString("no answer in time")));
        assertThat("the error is the message, not a stack trace", row(incident), not(containsString("\tat ")));
        assertThat(section("executor"), containsString("Running on this node"));
        assertThat(section("processes"), containsString("Disconnection of a partner app"));
        assertThat(section("requests"), containsString("Disconnect a partner app"));
        assertThat(subject.api().get("/api/requests/{id}", requestId).then().extract().path("status"),
                equalTo("IN_PROGRESS"));

        // a Retry forged without the page's token is refused and leaves the incident as it was
        browser.script("const form = document.createElement('form'); form.method = 'post'; form.action = arguments[0];"
                + "document.body.appendChild(form); form.submit();", "/operations/incidents/" + incident + "/retry");
        browser.waitFor("This form has expired or was not sent from this page");
        assertThat(runtime.createIncidentQuery().incidentId(incident).count(), equalTo(1L));
        browser.open("/operations");

        partners.clearScript(APPLE_NOTICES); // the partner answers again: the cause is fixed
        pressInRow(incident, "Retry");

        assertThat(browser.path(), equalTo("/operations"));
        assertThat(browser.text(), containsString("The step Task_SendErasureNotice has one more attempt"));
        Processes.awaitEnded(history, process);
        assertThat(subject.api().get("/api/requests/{id}", requestId).then().extract().path("status"),
                equalTo("COMPLETED"));
        browser.open("/operations");
        assertThat(browser.all("#incident-" + incident).size(), equalTo(0));
        assertThat(browser.text(), not(containsString(requestId)));
    }

    @Test
    void aRetryOfAnIncidentThatIsGoneChangesNothingAndSaysSo() {
        Subject subject = Subject.create();
        String requestId = disconnectWhileThePartnerDoesNotAnswer(subject);
        String process = Processes.ofRequest(requestId);
        String incident = runtime.createIncidentQuery().processInstanceId(process).singleResult().getId();
        browser.signIn(Staff.ADMIN.username(), Staff.ADMIN.password()).open("/operations");
        // someone else retries it first, and the partner still does not answer
        management.setJobRetries(management.createJobQuery().processInstanceId(process).singleResult().getId(), 1);

        pressInRow(incident, "Retry");

        assertThat(browser.heading(), equalTo("We could not find this"));
        assertThat(browser.text(), containsString("This incident is no longer open"));
    }

    @Test
    void anAgentIsRefusedTheOperationsPage() {
        Staff agent = Staff.create("agent");
        browser.signIn(agent.username(), agent.password()).open("/operations");

        assertThat(browser.heading(), equalTo("You cannot do this here"));
        assertThat(browser.text(), not(containsString("Open incidents")));
    }

    @Test
    void anAuditorIsRefusedTheOperationsPage() {
        Staff auditor = Staff.create("auditor");
        browser.signIn(auditor.username(), auditor.password()).open("/operations");

        assertThat(browser.heading(), equalTo("You cannot do this here"));
    }

    /**
     * Files a disconnection with an erasure notice to a partner that never answers, and uses up the
     * notice step's retries at once (rather than waiting through the retry cycle): an open incident.
     */
    private String disconnectWhileThePartnerDoesNotAnswer(Subject subject) {
        partners.script(APPLE_NOTICES, PartnerServer.NO_ANSWER, PartnerServer.NO_ANSWER, PartnerServer.NO_ANSWER,
                PartnerServer.NO_ANSWER, PartnerServer.NO_ANSWER, PartnerServer.NO_ANSWER);
        subject.api().body(Map.of("partner", "apple-health")).post("/api/profiles/{id}/partners",
                subject.mainProfileId()).then().statusCode(201);
        String requestId = subject.fileRequest(Map.of("type", "PARTNER_DISCONNECTION", "profileId",
                subject.mainProfileId(), "partner", "apple-health", "notifyErasure", true));
        String process = Processes.ofRequest(requestId);
        await().atMost(Processes.PATIENCE).until(() ->
                management.createJobQuery().processInstanceId(process).withException().count() == 1);
        management.setJobRetries(management.createJobQuery().processInstanceId(process).singleResult().getId(), 1);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                runtime.createIncidentQuery().processInstanceId(process).count() == 1);
        return requestId;
    }

    private static String row(String incidentId) {
        return browser.driver().findElement(By.id("incident-" + incidentId)).getText();
    }

    /** The text from a heading (by its id) to the next heading. */
    private static String section(String headingId) {
        return (String) browser.script("let h = document.getElementById(arguments[0]); let t = h.innerText; "
                + "for (let e = h.nextElementSibling; e && !/^H[12]$/.test(e.tagName); e = e.nextElementSibling) "
                + "t += '\\n' + e.innerText; return t;", headingId);
    }

    /** Presses the button in this incident's row and waits for the answer. */
    private static void pressInRow(String incidentId, String button) {
        WebElement pressed = browser.driver().findElement(By.xpath("//tr[@id='incident-" + incidentId
                + "']//button[normalize-space(.)='" + button + "']"));
        String before = browser.driver().getCurrentUrl();
        pressed.click();
        browser.waiting(Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().equals(before)
                && "complete".equals(browser.script("return document.readyState")));
    }
}
