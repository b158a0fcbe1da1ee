package io.rightsflow.compliance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.rightsflow.request.ProcessSteps;
import io.rightsflow.workflow.IncidentText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * A request's processes drawn as they ran, in the version of the process each instance ran (also
 * once it ended): the engine's history says which activities ran and where the instance waits, its
 * jobs when its timers are due, its open incidents which steps failed.
 */
@ApplicationScoped
public class ProcessDiagrams {

    /** Activities that only contain others: the instance is inside them, it does not wait there. */
    private static final Set<String> SCOPES = Set.of("subProcess", "transaction", "multiInstanceBody");

    @Inject
    HistoryService history;

    @Inject
    RuntimeService runtime;

    @Inject
    ManagementService management;

    @Inject
    RepositoryService repository;

    @Inject
    ProcessSteps processes;

    /** One instance on its diagram, with where it waits, its timers and its open incidents in words. */
    public record ProcessDiagram(String processInstanceId, String processKey, String processName, int version,
            Instant startedAt, Instant endedAt, String svg, DiagramMarks marks, List<Wait> waits, List<Problem> incidents) {

        public boolean ended() {
            return endedAt != null;
        }

        public String started() {
            return RequestPage.time(startedAt);
        }

        public String endedText() {
            return RequestPage.time(endedAt);
        }
    }

    /** Where the instance waits now: since when, and when its timer is due (null if none). */
    public record Wait(String activityId, String name, Instant since, Instant dueAt) {

        public String sinceText() {
            return RequestPage.time(since);
        }

        public String due() {
            return RequestPage.time(dueAt);
        }
    }

    public record Problem(String activityId, String name, String message, Instant since) {

        public String sinceText() {
            return RequestPage.time(since);
        }
    }

    /**
     * Every process of the request (its own first, then those keyed to it, oldest first), drawn.
     * {@code prefix} starts the ids in each SVG; the second and later get a number after it.
     */
    public List<ProcessDiagram> ofRequest(String processInstanceId, String prefix) {
        List<ProcessDiagram> diagrams = new ArrayList<>();
        List<String> instances = new ArrayList<>(processes.instancesOf(processInstanceId));
        if (processInstanceId != null && instances.remove(processInstanceId)) {
            instances.add(0, processInstanceId);
        }
        for (String id : instances) {
            ProcessDiagram diagram = of(id, diagrams.isEmpty() ? prefix : prefix + (diagrams.size() + 1) + "-");
            if (diagram != null) {
                diagrams.add(diagram);
            }
        }
        return diagrams;
    }

    /** The instance on the diagram of the version it ran; null when the engine has no history of it. */
    public ProcessDiagram of(String processInstanceId, String prefix) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            return null;
        }
        ProcessDefinition definition = repository.getProcessDefinition(instance.getProcessDefinitionId());
        BpmnModelInstance model = repository.getBpmnModelInstance(instance.getProcessDefinitionId());
        List<HistoricActivityInstance> ran = history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list();
        Map<String, Instant> timers = timers(processInstanceId);
        List<Problem> incidents = runtime.createIncidentQuery().processInstanceId(processInstanceId).list().stream()
                .sorted(Comparator.comparing(Incident::getIncidentTimestamp))
                .map(i -> new Problem(i.getActivityId(), nameIn(model, i.getActivityId()), IncidentText.safe(i.getIncidentMessage()),
                        i.getIncidentTimestamp().toInstant()))
                .toList();
        DiagramMarks marks = marks(model, ran, timers, incidents);
        List<Wait> waits = ran.stream().filter(a -> a.getEndTime() == null && !SCOPES.contains(a.getActivityType()))
                .map(a -> new Wait(activityId(a), nameIn(model, activityId(a)), a.getStartTime().toInstant(),
                        timers.get(activityId(a))))
                .toList();
        // a timer attached to where it waits (a boundary timer) is a wait of its own, with its due time
        List<Wait> all = new ArrayList<>(waits);
        timers.forEach((activityId, due) -> {
            if (all.stream().noneMatch(w -> w.activityId().equals(activityId))) {
                all.add(new Wait(activityId, nameIn(model, activityId), null, due));
            }
        });
        return new ProcessDiagram(processInstanceId, definition.getKey(),
                definition.getName() == null ? definition.getKey() : definition.getName(), definition.getVersion(),
                instance.getStartTime().toInstant(), instance.getEndTime() == null ? null : instance.getEndTime().toInstant(),
                ProcessDiagramSvg.render(model, marks, prefix), marks, List.copyOf(all), incidents);
    }

    /**
     * What the history shows on the diagram. A sequence flow counts as taken when an instance of its
     * target started right after an instance of its source ended, in the same scope with nothing in
     * between: of two branches that rejoin, only the one that ran is taken, and of a loop's gateways
     * the flow back is taken only once the loop came round. Where branches split or join in parallel,
     * or wait for events, the history does not say which instance led to which; there a flow counts as
     * taken when its target started after its source had ended.
     */
    static DiagramMarks marks(BpmnModelInstance model, List<HistoricActivityInstance> ran, Map<String, Instant> timers,
            List<Problem> incidents) {
        Set<String> done = new HashSet<>();
        Set<String> cancelled = new HashSet<>();
        Set<String> waiting = new HashSet<>();
        Set<String> running = new HashSet<>();
        Map<String, Integer> firstEndedAt = new LinkedHashMap<>();
        Map<String, Integer> lastStartedAt = new LinkedHashMap<>();
        for (int order = 0; order < ran.size(); order++) {
            HistoricActivityInstance step = ran.get(order);
            String id = activityId(step);
            lastStartedAt.put(id, order);
            if (step.getEndTime() == null) {
                (SCOPES.contains(step.getActivityType()) ? running : waiting).add(id);
            } else if (step.isCanceled()) {
                cancelled.add(id);
            } else {
                done.add(id);
                firstEndedAt.putIfAbsent(id, order);
            }
        }
        cancelled.removeAll(done);
        cancelled.removeAll(waiting);
        done.removeAll(waiting);
        done.removeAll(running);
        Set<String> taken = new HashSet<>();
        Set<String> followed = Predecessors.followed(ran);
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            FlowNode source = flow.getSource();
            FlowNode target = flow.getTarget();
            if (source == null || target == null) {
                continue;
            }
            if (Predecessors.untraceable(source, target)) {
                Integer sourceEnded = firstEndedAt.get(source.getId());
                Integer targetStarted = lastStartedAt.get(target.getId());
                if (sourceEnded != null && targetStarted != null && targetStarted > sourceEnded) {
                    taken.add(flow.getId());
                }
            } else if (followed.contains(Predecessors.step(source.getId(), target.getId()))) {
                taken.add(flow.getId());
            }
        }
        Set<String> failed = new HashSet<>();
        incidents.forEach(i -> {
            if (i.activityId() != null) {
                failed.add(i.activityId());
            }
        });
        return new DiagramMarks(Set.copyOf(done), Set.copyOf(cancelled), Set.copyOf(waiting), Set.copyOf(running),
                Set.copyOf(taken), Set.copyOf(failed), Map.copyOf(timers));
    }

    /** The due time of each timer the instance waits for, by the BPMN id of its event. */
    private Map<String, Instant> timers(String processInstanceId) {
        Map<String, Instant> due = new LinkedHashMap<>();
        for (Job job : management.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
            JobDefinition definition = job.getJobDefinitionId() == null ? null
                    : management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
            if (definition != null && definition.getActivityId() != null && job.getDuedate() != null) {
                due.merge(definition.getActivityId(), job.getDuedate().toInstant(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return due;
    }

    /** A multi-instance body is drawn as its activity. */
    static String activityId(HistoricActivityInstance step) {
        String id = step.getActivityId();
        int body = id.indexOf('#');
        return body < 0 ? id : id.substring(0, body);
    }

    private static String nameIn(BpmnModelInstance model, String activityId) {
        if (activityId == null) {
            return "";
        }
        var element = model.getModelElementById(activityId);
        String name = element == null ? null : element.getAttributeValue("name");
        return name == null || name.isBlank() ? activityId : name.strip();
    }
}
