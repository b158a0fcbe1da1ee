package io.rightsflow.compliance;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What one process instance did on its diagram, by BPMN id: the activities that ran and ended
 * ({@code done}), those it was inside when they were cancelled ({@code cancelled}), where it waits
 * now ({@code waiting}), the sub-processes it is still inside ({@code running}), the sequence flows
 * it took ({@code taken}), the activities with an open incident, and the due time of each waiting
 * timer.
 */
public record DiagramMarks(Set<String> done, Set<String> cancelled, Set<String> waiting, Set<String> running,
        Set<String> taken, Set<String> incidents, Map<String, Instant> timers) {

    /** A diagram as drawn, with nothing of any instance on it. */
    public static final DiagramMarks NONE = new DiagramMarks(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            Map.of());

    /** The state classes of an element, e.g. "done incident"; empty when nothing happened there. */
    String classesOf(String bpmnId) {
        StringBuilder classes = new StringBuilder();
        add(classes, done.contains(bpmnId), "done");
        add(classes, cancelled.contains(bpmnId), "cancelled");
        add(classes, waiting.contains(bpmnId), "waiting");
        add(classes, running.contains(bpmnId), "running");
        add(classes, taken.contains(bpmnId), "taken");
        add(classes, incidents.contains(bpmnId), "incident");
        return classes.toString();
    }

    private static void add(StringBuilder classes, boolean when, String name) {
        if (when) {
            classes.append(classes.isEmpty() ? "" : " ").append(name);
        }
    }
}
