package io.rightsflow.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rightsflow.request.DataRequest;
import org.awaitility.core.ConditionFactory;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;

/** Reads what the real engine did, waiting for its job executor where a step runs in the background. */
public final class Processes {

    public static final Duration PATIENCE = Duration.ofSeconds(20);
    /**
     * Looks at once, then every 25 ms: Awaitility's default first waits 100 ms and then looks every
     * 100 ms, which the suite's few hundred waits pay whether or not the engine is already there.
     */
    private static final Duration POLL = Duration.ofMillis(25);

    private Processes() {
    }

    /** The process instance behind a request, read from its record. */
    public static String ofRequest(String requestId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> DataRequest.<DataRequest>findById(requestId).processInstanceId);
    }

    public static void awaitWaitingAt(RuntimeService runtime, String processInstanceId, String activityId) {
        promptly().until(() -> runtime.getActiveActivityIds(processInstanceId).contains(activityId));
    }

    public static void awaitEnded(HistoryService history, String processInstanceId) {
        promptly().until(() -> history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).finished().count() == 1);
    }

    public static void awaitNoJobs(ManagementService management, String processInstanceId) {
        promptly().until(() -> management.createJobQuery().processInstanceId(processInstanceId)
                .executable().count() == 0);
    }

    private static ConditionFactory promptly() {
        return await().pollDelay(Duration.ZERO).pollInterval(POLL).atMost(PATIENCE);
    }

    /** The ids of every activity the instance passed through, in order. */
    public static List<String> passedActivities(HistoryService history, String processInstanceId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc()
                .list().stream().map(HistoricActivityInstance::getActivityId).toList();
    }
}
