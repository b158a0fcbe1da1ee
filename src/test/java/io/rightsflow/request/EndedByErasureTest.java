package io.rightsflow.request;

import static io.rightsflow.support.Processes.awaitEnded;
import static io.rightsflow.support.Processes.awaitWaitingAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An erasure ends the profile's other open requests by the message their processes catch
 * ({@link Requests#SUBJECT_ERASED}): each passes through its own "Cancelled by erasure" end event,
 * which cancels the request with the erasure as the reason.
 */
@QuarkusTest
class EndedByErasureTest {

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    ManagementService management;

    @Inject
    RepositoryService repository;

    @Inject
    AgroalDataSource db;

    @AfterEach
    void reset() {
        EngineTime.reset();
        buildArchiveJobs().forEach(d -> management.activateJobDefinitionById(d.getId(), true));
    }

    @Test
    void anObjectionOnTheDeskEndsThroughItsEventSubprocessWhenItsProfileIsErased() throws Exception {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        String objection = subject.fileRequest(Map.of("type", "OBJECTION", "profileId", profile,
                "purposes", List.of("CHALLENGES")));
        String objectionProcess = Processes.ofRequest(objection);
        awaitWaitingAt(runtime, objectionProcess, "UserTask_ReviewObjection");

        String erasure = eraseAndMovePastGrace(subject, profile);

        assertEndedByErasure(objectionProcess, objection, erasure);
        assertFalse(Processes.passedActivities(history, objectionProcess).contains("Gateway_ObjectionAccepted"),
                "nobody decided the objection");
    }

    @Test
    void anExportStillToBeBuiltEndsThroughItsEventSubprocessWhenItsProfileIsErased() throws Exception {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        // The archive is built in the background; held back, the export is still open when the erasure comes.
        buildArchiveJobs().forEach(d -> management.suspendJobDefinitionById(d.getId(), true));
        String export = subject.fileRequest(Map.of("type", "EXPORT", "profileId", profile));
        String exportProcess = Processes.ofRequest(export);

        String erasure = eraseAndMovePastGrace(subject, profile);

        assertEndedByErasure(exportProcess, export, erasure);
        assertFalse(Processes.passedActivities(history, exportProcess).contains("Task_BuildArchive"),
                "no archive was built of a profile being erased");
    }

    @Test
    void aRequestLeftOpenByAnEndedProcessIsStillCancelledByTheErasure() throws Exception {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        String objection = subject.fileRequest(Map.of("type", "OBJECTION", "profileId", profile,
                "purposes", List.of("CHALLENGES")));
        // A process gone without closing its request, as none of ours does: nothing is left to catch the message.
        String process = Processes.ofRequest(objection);
        Processes.awaitWaitingAt(runtime, process, "UserTask_ReviewObjection");
        runtime.deleteProcessInstance(process, "test", true, true);

        String erasure = eraseAndMovePastGrace(subject, profile);

        assertEquals(RequestStatus.CANCELLED, statusOf(objection));
        assertEquals("profile erased by request " + erasure, cancellationReason(objection));
    }

    @Test
    void aProcessOfAnEarlierVersionThatDoesNotCatchTheMessageIsEndedAsBeforeAndItsRequestCancelled() throws Exception {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        String objection = subject.fileRequest(Map.of("type", "OBJECTION", "profileId", profile,
                "purposes", List.of("CHALLENGES")));
        String current = Processes.ofRequest(objection);
        Processes.awaitWaitingAt(runtime, current, "UserTask_ReviewObjection");
        // Stands in for an instance started before the diagrams caught SubjectErased: it waits, deaf to it.
        repository.createDeployment().addModelInstance("earlier-objection.bpmn", Bpmn.createExecutableProcess(
                "earlierObjection").camundaHistoryTimeToLive(1).startEvent().userTask("UserTask_Review").endEvent().done())
                .deploy();
        String earlier = runtime.startProcessInstanceByKey("earlierObjection", objection).getId();
        runtime.deleteProcessInstance(current, "test", true, true);
        QuarkusTransaction.requiringNew().run(() -> DataRequest.update("processInstanceId = ?1 where id = ?2", earlier,
                objection));

        String erasure = eraseAndMovePastGrace(subject, profile);

        assertEquals(0, runtime.createProcessInstanceQuery().processInstanceId(earlier).count(),
                "the earlier instance still runs");
        assertEquals(RequestStatus.CANCELLED, statusOf(objection));
        assertEquals("profile erased by request " + erasure, cancellationReason(objection));
    }

    private void assertEndedByErasure(String process, String requestId, String erasure) throws Exception {
        awaitEnded(history, process);
        List<String> path = Processes.passedActivities(history, process);
        assertTrue(path.containsAll(List.of("StartEvent_SubjectErased", "EndEvent_EndedByErasure")), path.toString());
        assertEquals(RequestStatus.CANCELLED, statusOf(requestId));
        assertEquals("profile erased by request " + erasure, cancellationReason(requestId));
    }

    /** Files the erasure, waits for its grace period, moves past it and waits for the erasure to end. */
    private String eraseAndMovePastGrace(Subject subject, String profile) {
        String erasure = subject.eraseProfile(profile);
        String process = Processes.ofRequest(erasure);
        awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");
        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        awaitEnded(history, process);
        assertEquals(RequestStatus.COMPLETED, statusOf(erasure));
        return erasure;
    }

    private List<JobDefinition> buildArchiveJobs() {
        return management.createJobDefinitionQuery().processDefinitionKey("export").activityIdIn("Task_BuildArchive")
                .list();
    }

    private RequestStatus statusOf(String requestId) {
        return QuarkusTransaction.requiringNew().call(() -> DataRequest.<DataRequest>findById(requestId).status);
    }

    private String cancellationReason(String requestId) throws Exception {
        try (var connection = db.getConnection();
                var statement = connection.prepareStatement(
                        "select detail from audit_event where request_id = ? and kind = 'REQUEST_CANCELLED'")) {
            statement.setString(1, requestId);
            try (var result = statement.executeQuery()) {
                assertTrue(result.next(), "no REQUEST_CANCELLED in the trail of " + requestId);
                String detail = result.getString(1);
                assertFalse(result.next(), "cancelled twice: " + requestId);
                return detail;
            }
        }
    }
}
