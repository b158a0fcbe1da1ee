package io.rightsflow.compliance;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.rightsflow.support.Browser;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.PartnerServer;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.w3c.dom.Document;

@QuarkusTest
@Tag("browser")
class RequestPageTest {

    /** The path of a profile erasure that ran to its end, as profile-erasure.bpmn draws it. */
    static final Set<String> ERASURE_STEPS = Set.of("StartEvent_ErasureRequested", "Task_MarkProfilePendingDeletion",
            "SubProcess_GracePeriod", "StartEvent_GracePeriodStarted", "Gateway_SendNotice",
            "Task_SendProfileDeletionScheduledMail", "Gateway_NoticeSettled", "Event_GracePeriodExpired",
            "EndEvent_GracePeriodOver", "Gateway_CheckHolds", "Gateway_UnderLegalHold", "Task_EndOtherProfileRequests",
            "Task_DisconnectPartners",
            "Task_StartErasureNotices", "Task_FindSystems", "Gateway_PurgeBesideSystems", "CallActivity_EraseInSystems",
            "Gateway_PurgeNextBatch", "Task_PurgeProfileData", "Gateway_PurgeFinished",
            "Task_RemoveProfile", "Gateway_PurgedAndSystemsDone", "Task_SendProfileDeletionCompletedMail",
            "EndEvent_ProfileErased");
    static final Set<String> ERASURE_FLOWS = Set.of("Flow_RequestToMark", "Flow_MarkToGracePeriod",
            "Flow_StartToSendNotice", "Flow_SendNoticeToMail", "Flow_MailToNoticeSettled", "Flow_NoticeSettledToWait",
            "Flow_ExpiredToEnd", "Flow_ExpiryToHoldCheck", "Flow_CheckToHeld", "Flow_NotHeld", "Flow_EndOthersToDisconnect",
            "Flow_DisconnectToStartNotices",
            "Flow_NoticesStartedToFindSystems", "Flow_FindSystemsToFork", "Flow_ForkToPurgeLoop", "Flow_ForkToSystems",
            "Flow_SystemsToJoin", "Flow_LoopToPurge", "Flow_PurgeToCheck", "Flow_PurgeDone",
            "Flow_RemoveToJoin", "Flow_JoinToMail", "Flow_CompletedMailToEnd");

    @RegisterExtension
    static Browser browser = new Browser();

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    ManagementService management;

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void aCompletedProfileErasureHasExactlyItsExecutedStepsAndTakenFlowsHighlighted() {
        String requestId = completedProfileErasure();
        String process = Processes.ofRequest(requestId);
        Staff auditor = Staff.create("auditor");

        browser.signIn(auditor.username(), auditor.password()).open("/console/requests/" + requestId);

        browser.snapshot("console-request");
        assertThat(browser.text(), allOf(containsString("Delete a profile: request " + requestId),
                containsString("COMPLETED"), containsString("Erasure of a user profile"), containsString("Timeline"),
                containsString("Deadline\nmet")));
        Map<String, String> classes = classesInFirstDiagram();
        Set<String> flows = new HashSet<>(ERASURE_FLOWS);
        if (Processes.passedActivities(history, process).stream().filter("Task_PurgeProfileData"::equals).count() > 1) {
            flows.add("Flow_PurgeMore"); // the purge came round again: the loop's flow back was taken
        }
        assertEquals(ERASURE_STEPS, having(classes, "done"), "the steps it went through, and no other");
        assertEquals(flows, having(classes, "taken"), "the flows it took, and no other");
        assertThat(having(classes, "waiting"), empty());
        assertThat(having(classes, "running"), empty());
        assertThat(having(classes, "incident"), empty());
        assertThat(having(classes, "cancelled"), empty());
        assertTrue(classes.containsKey("Task_RestoreProfile") && classes.containsKey("Flow_ReactivationToRestore"),
                "the path not taken is drawn, plain");
        assertEquals(Processes.passedActivities(history, process).stream().map(id -> id.replaceAll("#.*", ""))
                .collect(java.util.stream.Collectors.toSet()), having(classes, "done"), "as the engine's history says");
    }

    @Test
    void anErasureInItsGracePeriodShowsWhereItWaitsAndWhenItsTimerIsDue() {
        Subject subject = Subject.create();
        String requestId = subject.eraseProfile(subject.addProfile("Charlie"));
        String process = Processes.ofRequest(requestId);
        Processes.awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");
        Instant due = management.createJobQuery().processInstanceId(process).timers().singleResult().getDuedate()
                .toInstant();
        Staff auditor = Staff.create("auditor");

        browser.signIn(auditor.username(), auditor.password()).open("/console/requests/" + requestId);

        browser.script("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", browser.driver()
                .findElement(By.cssSelector("#process-1 svg [data-bpmn-id='Event_GracePeriodExpired']")));
        browser.snapshot("console-request-waiting");
        assertThat(browser.text(), allOf(containsString("GRACE_PERIOD"),
                containsString("Waits at Grace period expired"),
                containsString("its timer is due " + RequestPage.time(due)), containsString("still running")));
        Map<String, String> classes = classesInFirstDiagram();
        assertEquals(Set.of("Event_GracePeriodExpired"), having(classes, "waiting"));
        assertEquals(Set.of("SubProcess_GracePeriod"), having(classes, "running"));
        assertThat(having(classes, "done"), allOf(org.hamcrest.Matchers.hasItems("Task_MarkProfilePendingDeletion",
                "Task_SendProfileDeletionScheduledMail", "Gateway_NoticeSettled"),
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItems("Task_RemoveProfile"))));
        assertThat(having(classes, "taken"), org.hamcrest.Matchers.hasItems("Flow_NoticeSettledToWait"));
        assertThat(having(classes, "taken"), org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItems("Flow_ExpiredToEnd")));
        WebElement timer = browser.driver().findElement(By.cssSelector("#process-1 svg [data-bpmn-id='Event_GracePeriodExpired']"));
        assertThat(timer.getAttribute("textContent"), containsString("due " + java.time.format.DateTimeFormatter
                .ofPattern("d MMM yyyy HH:mm 'UTC'", java.util.Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC).format(due)));
    }

    @Test
    void theEvidenceBundleDownloadsWithItsTimelineDiagramCertificateAndChainCheck() throws Exception {
        String requestId = completedProfileErasure();
        Staff auditor = Staff.create("auditor");
        browser.signIn(auditor.username(), auditor.password()).open("/console/requests/" + requestId);
        WebElement link = browser.driver().findElement(By.linkText("Download the evidence bundle (ZIP)"));
        String session = browser.driver().manage().getCookieNamed("rightsflow-session").getValue();

        byte[] zip = given().cookie("rightsflow-session", session).redirects().follow(false)
                .get(java.net.URI.create(link.getAttribute("href")).getPath())
                .then().statusCode(200).contentType("application/zip").extract().asByteArray();

        Map<String, String> parts = unzip(zip);
        assertThat(parts.keySet(), org.hamcrest.Matchers.hasItems("timeline.json", "timeline.csv", "diagram.svg",
                "erasure-certificate.json", "audit-chain.json"));
        Document svg = ProcessDiagramSvgTest.parse(parts.get("diagram.svg"));
        assertEquals("svg", svg.getDocumentElement().getLocalName());
        assertEquals(ERASURE_STEPS, ProcessDiagramSvgTest.groups(svg).entrySet().stream()
                .filter(e -> e.getValue().getAttribute("class").contains("done")).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet()));
        JsonPath timeline = JsonPath.from(parts.get("timeline.json"));
        assertThat(timeline.getString("request.id"), equalTo(requestId));
        List<String> rows = List.of(parts.get("timeline.csv").split("\r\n"));
        assertThat(rows.get(0), equalTo("at,kind,actor,detail"));
        List<String> kinds = timeline.getList("events.kind");
        assertEquals(kinds.size(), rows.size() - 1, "a row per event of the timeline");
        for (int i = 0; i < kinds.size(); i++) {
            assertThat(rows.get(i + 1), allOf(containsString(timeline.getString("events[" + i + "].at")),
                    containsString(kinds.get(i))));
        }
        int apiEvents = auditor.api().get("/api/audit/requests/{id}", requestId).then().statusCode(200)
                .extract().jsonPath().getList("events").size();
        assertEquals(apiEvents, kinds.size(), "the same timeline as the API's");
        JsonPath certificate = JsonPath.from(parts.get("erasure-certificate.json"));
        assertThat(certificate.getString("requestId"), equalTo(requestId));
        assertThat(certificate.getString("scope"), equalTo("PROFILE"));
        JsonPath chain = JsonPath.from(parts.get("audit-chain.json"));
        assertThat(chain.getBoolean("valid"), equalTo(true));
        assertThat(chain.getLong("head.number"), org.hamcrest.Matchers.greaterThan(0L));
        assertThat(chain.getString("head.hash"), org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"));
    }

    @Test
    void theNoticeToAPartnerKeyedToTheErasureIsDrawnBelowItsOwnProcess() {
        PartnerServer.get();
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        subject.api().body(Map.of("partner", "apple-health")).post("/api/profiles/{id}/partners", profile).then()
                .statusCode(201);
        String requestId = completedProfileErasure(subject, profile);
        String businessKey = history.createHistoricProcessInstanceQuery()
                .processInstanceId(Processes.ofRequest(requestId)).singleResult().getBusinessKey();
        await().atMost(Processes.PATIENCE).until(() -> history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).processDefinitionKey("partner-erasure-notice").finished().count() == 1);
        Staff auditor = Staff.create("auditor");

        browser.signIn(auditor.username(), auditor.password()).open("/console/requests/" + requestId);

        assertThat(browser.driver().findElement(By.cssSelector("#process-1 h2")).getText(),
                containsString("Its process: Erasure of a user profile"));
        // Oldest first: the receipt of the request started when it was filed, the notice after the grace period.
        assertThat(browser.driver().findElement(By.cssSelector("#process-2 h2")).getText(),
                allOf(containsString("Also keyed to it"), containsString("request-receipt")));
        assertThat(browser.driver().findElement(By.cssSelector("#process-3 h2")).getText(),
                allOf(containsString("Also keyed to it"), containsString("partner-erasure-notice")));
        List<WebElement> done = browser.all("#process-3 svg g.done[data-bpmn-id]");
        assertThat(done.stream().map(g -> g.getAttribute("id")).toList(),
                everyItem(org.hamcrest.Matchers.startsWith("el-3-")));
        assertThat(done.stream().map(g -> g.getAttribute("data-bpmn-id")).toList(),
                org.hamcrest.Matchers.hasItems("StartEvent_NoticeDue", "Task_NotifyPartner", "EndEvent_PartnerNotified"));
    }

    @Test
    void theAuditorsRequestPageOffersNoFormButTheSignOut() {
        Subject subject = Subject.create();
        String requestId = subject.eraseProfile(subject.addProfile("Charlie"));
        Processes.awaitWaitingAt(runtime, Processes.ofRequest(requestId), "Event_GracePeriodExpired");
        Staff auditor = Staff.create("auditor");

        browser.signIn(auditor.username(), auditor.password()).open("/console/requests/" + requestId);

        List<String> actions = browser.all("form").stream().map(f -> java.net.URI.create(f.getAttribute("action")).getPath())
                .toList();
        assertThat(actions, equalTo(List.of("/logout")));
        assertThat(browser.all("main input, main button, main select, main textarea"), empty());
        assertThat(browser.all("svg script"), empty());
    }

    @Test
    void anUnknownRequestIsAPlainNotFoundPageAndHasNoEvidence() {
        Staff auditor = Staff.create("auditor");

        browser.signIn(auditor.username(), auditor.password()).open("/console/requests/no-such-request");

        assertThat(browser.heading(), equalTo("We could not find this"));
        String session = browser.driver().manage().getCookieNamed("rightsflow-session").getValue();
        given().cookie("rightsflow-session", session).get("/console/requests/no-such-request/evidence")
                .then().statusCode(404);
    }

    @Test
    void anAgentCannotOpenTheConsolesRequestPage() {
        Subject subject = Subject.create();
        String requestId = subject.eraseProfile(subject.addProfile("Charlie"));
        Staff agent = Staff.create("agent");

        browser.signIn(agent.username(), agent.password()).open("/console/requests/" + requestId);

        assertThat(browser.heading(), equalTo("You cannot do this here"));
        assertThat(browser.all("svg.bpmn-diagram"), empty());
    }

    private String completedProfileErasure() {
        Subject subject = Subject.create();
        return completedProfileErasure(subject, subject.addProfile("Charlie"));
    }

    private String completedProfileErasure(Subject subject, String profileId) {
        Instant filedAt = Instant.now();
        String requestId = subject.eraseProfile(profileId);
        String process = Processes.ofRequest(requestId);
        Processes.awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");
        EngineTime.moveTo(filedAt.plus(Duration.ofDays(7)).plusSeconds(60));
        Processes.awaitEnded(history, process);
        subject.api().get("/api/requests/{id}", requestId).then().statusCode(200);
        return requestId;
    }

    /** The classes of every drawn element of the page's first diagram (the request's own process), by BPMN id. */
    private Map<String, String> classesInFirstDiagram() {
        Map<String, String> classes = new LinkedHashMap<>();
        for (WebElement g : browser.all("#process-1 svg.bpmn-diagram g[data-bpmn-id]")) {
            classes.put(g.getAttribute("data-bpmn-id"), g.getAttribute("class"));
        }
        assertThat(classes.keySet(), everyItem(org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyString())));
        return classes;
    }

    private static Set<String> having(Map<String, String> classes, String state) {
        Set<String> ids = new HashSet<>();
        classes.forEach((id, list) -> {
            if (Set.of(list.split(" ")).contains(state)) {
                ids.add(id);
            }
        });
        return ids;
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
