package io.rightsflow.request;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.rightsflow.request.RequestView.Incident;
import io.rightsflow.request.RequestView.Step;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * The steps a request's processes went through, read from the engine's history: its own process
 * and those it started with its id as business key (e.g. an erasure's notice to each partner).
 */
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

    /** The request's process and every process sharing its business key, oldest first. */
    public List<String> instancesOf(String processInstanceId) {
        if (processInstanceId == null) {
            return List.of();
        }
        HistoricProcessInstance own = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult();
        if (own == null || own.getBusinessKey() == null) {
            return List.of(processInstanceId);
        }
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(own.getBusinessKey())
                .orderByProcessInstanceStartTime().asc().list().stream().map(HistoricProcessInstance::getId).toList();
    }

    public List<Step> of(String processInstanceId) {
        return instancesOf(processInstanceId).stream()
                .flatMap(id -> history.createHistoricActivityInstanceQuery()
                        .processInstanceId(id)
                        .orderByHistoricActivityInstanceStartTime().asc()
                        .orderPartiallyByOccurrence().asc()
                        .list().stream())
                .filter(a -> !isRouting(a.getActivityType()))
                .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime))
                .map(a -> new Step(a.getActivityId(), a.getActivityName() != null ? a.getActivityName() : a.getActivityId(),
                        a.getStartTime().toInstant(), a.getEndTime() == null ? null : a.getEndTime().toInstant()))
                .toList();
    }

    /** The steps the engine gave up retrying, for an operator to fix and retry; empty when all is well. */
    public List<Incident> incidents(String processInstanceId) {
        return instancesOf(processInstanceId).stream()
                .flatMap(id -> runtime.createIncidentQuery().processInstanceId(id).list().stream())
                .sorted(Comparator.comparing(org.camunda.bpm.engine.runtime.Incident::getIncidentTimestamp))
                .map(i -> new Incident(i.getActivityId(), i.getIncidentMessage(), i.getIncidentTimestamp().toInstant()))
                .toList();
    }
}
