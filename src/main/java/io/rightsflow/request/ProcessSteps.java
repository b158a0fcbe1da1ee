package io.rightsflow.request;

import java.util.List;
import java.util.Set;

import io.rightsflow.request.RequestView.Incident;
import io.rightsflow.request.RequestView.Step;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;

/** The steps a request's process went through, read from the engine's history. */
@ApplicationScoped
public class ProcessSteps {

    /** Routing, not work: a timeline shows what happened, not how the diagram branched. */
    private static final Set<String> ROUTING = Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway",
            "eventBasedGateway", "multiInstanceBody");

    @Inject
    HistoryService history;

    @Inject
    RuntimeService runtime;

    /** Whether an activity only routes (a gateway, a multi-instance body): timelines leave it out. */
    public static boolean isRouting(String activityType) {
        return ROUTING.contains(activityType);
    }

    public List<Step> of(String processInstanceId) {
        if (processInstanceId == null) {
            return List.of();
        }
        return history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc()
                .list().stream()
                .filter(a -> !isRouting(a.getActivityType()))
                .map(a -> new Step(a.getActivityId(), a.getActivityName() != null ? a.getActivityName() : a.getActivityId(),
                        a.getStartTime().toInstant(), a.getEndTime() == null ? null : a.getEndTime().toInstant()))
                .toList();
    }

    /** The steps the engine gave up retrying, for an operator to fix and retry; empty when all is well. */
    public List<Incident> incidents(String processInstanceId) {
        if (processInstanceId == null) {
            return List.of();
        }
        return runtime.createIncidentQuery().processInstanceId(processInstanceId).orderByIncidentTimestamp().asc()
                .list().stream()
                .map(i -> new Incident(i.getActivityId(), i.getIncidentMessage(), i.getIncidentTimestamp().toInstant()))
                .toList();
    }
}
