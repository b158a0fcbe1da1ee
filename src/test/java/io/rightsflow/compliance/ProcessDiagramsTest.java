package io.rightsflow.compliance;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.request.RequestLifecycle;
import io.rightsflow.support.Desk;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The diagram of an instance as the engine ran it: its own version, its open incidents. */
@QuarkusTest
class ProcessDiagramsTest {

    @Inject
    ProcessDiagrams diagrams;

    @Inject
    RepositoryService repository;

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    RequestLifecycle lifecycle;

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void anErasureThatRanOnAnEarlierVersionIsDrawnOnThatVersionsDiagramAlsoOnceItEnded() throws Exception {
        Subject subject = Subject.create();
        String child = subject.addProfile("Charlie");
        Instant filedAt = Instant.now();
        String earlier = deploy("earlier profile-erasure", getClass().getResourceAsStream(
                "/io/rightsflow/erasure/profile-erasure-earlier.bpmn"));
        String requestId;
        try {
            requestId = subject.eraseProfile(child);
            QuarkusTransaction.requiringNew().run(() -> lifecycle.status(requestId, "GRACE_PERIOD"));
        } finally {
            deploy("rightsflow", Files.newInputStream(Path.of("bpmn/profile-erasure.bpmn")));
        }
        String process = Processes.ofRequest(requestId);
        Processes.awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");
        EngineTime.moveTo(filedAt.plus(Duration.ofDays(7)).plusSeconds(60));
        Processes.awaitEnded(history, process);

        ProcessDiagrams.ProcessDiagram drawn = diagrams.of(process, "el-");

        ProcessDefinition version = repository.getProcessDefinition(earlier);
        assertEquals(version.getVersion(), drawn.version());
        assertTrue(drawn.ended());
        Map<String, Element> groups = ProcessDiagramSvgTest.groups(ProcessDiagramSvgTest.parse(drawn.svg()));
        assertThat(groups.keySet(), hasItem("Task_SendDeletionCompletedMail"));
        assertThat(groups.keySet(), not(hasItem("Task_SendProfileDeletionCompletedMail")));
        assertThat(groups.get("Task_SendDeletionCompletedMail").getAttribute("class"), containsString("done"));
        assertThat(groups.get("Task_EndOtherRequests").getAttribute("class"), containsString("done"));
    }

    @Test
    void anOpenIncidentIsMarkedOnItsActivityAndListedWithItsMessage() throws Exception {
        BpmnModelInstance model = Bpmn.createExecutableProcess("diagram-incident-check").camundaHistoryTimeToLive(1)
                .name("Incident check").startEvent("Start").userTask("Task_Check").name("Check").endEvent("End").done();
        String deployment = repository.createDeployment().name("diagram-incident-check")
                .addModelInstance("diagram-incident-check.bpmn", model).deploy().getId();
        ProcessDiagrams.ProcessDiagram drawn;
        try {
            String process = runtime.startProcessInstanceByKey("diagram-incident-check").getId();
            String execution = runtime.createExecutionQuery().processInstanceId(process).activityId("Task_Check")
                    .singleResult().getId();
            runtime.createIncident("diagram-check", execution, null, "the check failed");

            drawn = diagrams.of(process, "el-");
        } finally {
            // no open incident or extra process left for the other tests (the operator's page counts them)
            repository.deleteDeployment(deployment, true);
        }

        assertEquals(Set.of("Task_Check"), drawn.marks().incidents());
        assertEquals(Set.of("Task_Check"), drawn.marks().waiting());
        assertEquals(Set.of("Start"), drawn.marks().done());
        String intoTheTask = model.getModelElementsByType(SequenceFlow.class).stream()
                .filter(f -> f.getTarget().getId().equals("Task_Check")).findFirst().orElseThrow().getId();
        assertEquals(Set.of(intoTheTask), drawn.marks().taken());
        assertThat(drawn.incidents().get(0).message(), equalTo("the check failed"));
        assertThat(drawn.incidents().get(0).name(), equalTo("Check"));
        Element task = ProcessDiagramSvgTest.groups(ProcessDiagramSvgTest.parse(drawn.svg())).get("Task_Check");
        assertThat(task.getAttribute("class"), equalTo("activity task waiting incident"));
        assertThat(ProcessDiagramSvgTest.title(task), equalTo("Check (waiting, incident)"));
    }

    @Test
    void anObjectionThatWentThroughReviewHasOnlyTheReviewPathTakenNotTheShortcutIntoTheSameGateway() {
        Subject subject = Subject.create();
        String requestId = subject.fileRequest(Map.of("type", "OBJECTION", "profileId", subject.mainProfileId(),
                "purposes", List.of("CHALLENGES")));
        String process = Processes.ofRequest(requestId);
        Processes.awaitWaitingAt(runtime, process, "UserTask_ReviewObjection");
        Desk.withNewAgent().claimAndDecide(requestId, "ACCEPT", null);
        Processes.awaitEnded(history, process);

        Set<String> taken = diagrams.of(process, "el-").marks().taken();

        assertEquals(Set.of("Flow_ReceivedToRestrict", "Flow_RestrictToReviewNeeded", "Flow_ReviewNeeded",
                "Flow_MailToReview", "Flow_ReviewToDecision", "Flow_Accepted", "Flow_PermanentToAccepted",
                "Flow_AcceptedToMail", "Flow_AcceptedMailToEnd"), taken);
        assertThat(taken, not(hasItem("Flow_DirectMarketingOnly")));
    }

    @Test
    void anIndependenceFiledByAnAgentHasTheHoldersApprovalTakenNotTheShortcutForTheHoldersOwn() {
        Subject holder = Subject.create();
        String newAddress = "robin-" + UUID.randomUUID() + "@example.test";
        String requestId = Staff.create("agent").api().body(Staff.onTicket(Map.of("type", "INDEPENDENCE",
                "profileId", holder.addProfile("Robin"), "newEmail", newAddress, "statement", "Robin's own account")))
                .post("/api/requests").then().statusCode(201).extract().path("id");
        String process = Processes.ofRequest(requestId);
        Processes.awaitWaitingAt(runtime, process, "Gateway_AwaitingSubject");
        runtime.createMessageCorrelation("IndependenceApproved").processInstanceId(process).correlate();
        Processes.awaitWaitingAt(runtime, process, "Gateway_ConfirmedOrExpired");

        Set<String> taken = diagrams.of(process, "el-").marks().taken();

        assertThat(taken, hasItems("Flow_RequestToFork", "Flow_ByAgent",
                "Flow_ApprovedToMerge", "Flow_MergeToFork"));
        assertThat(taken, not(hasItem("Flow_NotByAgent")));
    }

    private String deploy(String name, InputStream bpmn) {
        return repository.createDeployment().name(name).addInputStream("profile-erasure.bpmn", bpmn)
                .deployWithResult().getDeployedProcessDefinitions().get(0).getId();
    }
}
