package io.rightsflow.erasure;

import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** How many rows of each kind an erasure has purged, kept as process variables: counts, never values. */
final class PurgeCounts {

    static final String PREFIX = "purged_";

    private PurgeCounts() {
    }

    static void add(DelegateExecution execution, String kind, long deleted) {
        String counter = PREFIX + kind;
        Number before = (Number) execution.getVariable(counter);
        execution.setVariable(counter, (before == null ? 0L : before.longValue()) + deleted);
    }

    /** The counts as the audit trail records them, e.g. "devices=2 measurements=5120". */
    static String text(DelegateExecution execution) {
        Map<String, Object> counts = new TreeMap<>();
        execution.getVariables().forEach((name, value) -> {
            if (name.startsWith(PREFIX)) {
                counts.put(name.substring(PREFIX.length()), value);
            }
        });
        StringBuilder text = new StringBuilder();
        counts.forEach((kind, n) -> text.append(text.isEmpty() ? "" : " ").append(kind).append('=').append(n));
        return text.toString();
    }
}
