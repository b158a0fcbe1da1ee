package io.rightsflow.compliance;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;

/**
 * Which activity instance led to which, read from the engine's history: the step before an instance
 * is the one of the same scope (parent activity instance) that ended last before it started. Where
 * the scope runs branches side by side (the instance is not on the scope's own execution), the step
 * before it on its own execution counts too.
 */
final class Predecessors {

    private Predecessors() {
    }

    /** The pair "source then target" as {@link #followed} names it. */
    static String step(String sourceId, String targetId) {
        return sourceId + "\n" + targetId;
    }

    /**
     * Flows the history cannot tie to one instance: out of a parallel, inclusive or event-based gateway,
     * or into a parallel or inclusive join (several branches end there at once).
     */
    static boolean untraceable(FlowNode source, FlowNode target) {
        return source instanceof ParallelGateway || source instanceof InclusiveGateway
                || source instanceof EventBasedGateway || target instanceof ParallelGateway
                || target instanceof InclusiveGateway;
    }

    /**
     * Every "activity then activity" (by BPMN id, see {@link #step}) the history shows, one right after
     * the other. {@code ran} is in the history's order (start time, then occurrence).
     */
    static Set<String> followed(List<HistoricActivityInstance> ran) {
        Map<String, String> executionOf = new HashMap<>();
        ran.forEach(a -> executionOf.put(a.getId(), a.getExecutionId()));
        Set<String> steps = new HashSet<>();
        for (int k = 0; k < ran.size(); k++) {
            HistoricActivityInstance next = ran.get(k);
            String parent = next.getParentActivityInstanceId();
            HistoricActivityInstance before = latestEndedBefore(ran, k,
                    a -> parent != null && parent.equals(a.getParentActivityInstanceId()));
            add(steps, before, next);
            // the scope's own execution is the process instance's, or its scope activity's (a sub-process)
            String scopeExecution = executionOf.getOrDefault(parent, next.getProcessInstanceId());
            if (next.getExecutionId() != null && !next.getExecutionId().equals(scopeExecution)) {
                add(steps, latestEndedBefore(ran, k, a -> next.getExecutionId().equals(a.getExecutionId())), next);
            }
        }
        return steps;
    }

    private static void add(Set<String> steps, HistoricActivityInstance before, HistoricActivityInstance next) {
        if (before != null && !before.isCanceled()) {
            steps.add(step(ProcessDiagrams.activityId(before), ProcessDiagrams.activityId(next)));
        }
    }

    /**
     * Of the instances listed before position {@code k} that match, the one that ended last, no later
     * than the instance at {@code k} started (of those that ended in the same millisecond, the later
     * in the history's order).
     */
    private static HistoricActivityInstance latestEndedBefore(List<HistoricActivityInstance> ran, int k,
            Predicate<HistoricActivityInstance> matching) {
        HistoricActivityInstance next = ran.get(k);
        HistoricActivityInstance latest = null;
        for (int i = 0; i < k; i++) {
            HistoricActivityInstance candidate = ran.get(i);
            if (candidate.getEndTime() != null && matching.test(candidate)
                    && !candidate.getEndTime().after(next.getStartTime())
                    && (latest == null || !candidate.getEndTime().before(latest.getEndTime()))) {
                latest = candidate;
            }
        }
        return latest;
    }
}
