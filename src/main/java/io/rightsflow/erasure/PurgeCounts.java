package io.rightsflow.erasure;

import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * How many rows of each kind an erasure has purged: counts, never values. They are kept in one
 * process variable, {@value #VARIABLE} ("devices=2;measurements=5120"), written once per batch:
 * a variable per kind cost the engine three rows per kind and batch (issue 23's drain).
 */
final class PurgeCounts {

    static final String VARIABLE = "purgeCounts";
    /** Erasures begun before the counts shared one variable kept one per kind: still read. */
    private static final String LEGACY_PREFIX = "purged_";
    /** Between two counts in the variable: a kind may have a space ("email links"), never this. */
    private static final String SEPARATOR = ";";

    private final DelegateExecution execution;
    private final Map<String, Long> counts;

    private PurgeCounts(DelegateExecution execution, Map<String, Long> counts) {
        this.execution = execution;
        this.counts = counts;
    }

    /** The counts so far; {@link #save} writes them back. */
    static PurgeCounts of(DelegateExecution execution) {
        Map<String, Long> counts = new TreeMap<>();
        Object saved = execution.getVariable(VARIABLE);
        if (saved instanceof String text) {
            for (String pair : text.isBlank() ? new String[0] : text.split(SEPARATOR)) {
                int at = pair.lastIndexOf('=');
                counts.put(pair.substring(0, at), Long.parseLong(pair.substring(at + 1)));
            }
        } else { // its first batch, or one begun before: the saved text includes those once written
            execution.getVariables().forEach((name, value) -> {
                if (name.startsWith(LEGACY_PREFIX) && value instanceof Number n) {
                    counts.put(name.substring(LEGACY_PREFIX.length()), n.longValue());
                }
            });
        }
        return new PurgeCounts(execution, counts);
    }

    void add(String kind, long deleted) {
        counts.merge(kind, deleted, Long::sum);
    }

    void save() {
        execution.setVariable(VARIABLE, text(SEPARATOR));
    }

    /** As the audit trail and the certificate record them, e.g. "devices=2 measurements=5120". */
    String text() {
        return text(" ");
    }

    private String text(String separator) {
        StringBuilder text = new StringBuilder();
        counts.forEach((kind, n) -> text.append(text.isEmpty() ? "" : separator).append(kind).append('=').append(n));
        return text.toString();
    }

    static String text(DelegateExecution execution) {
        return of(execution).text();
    }
}
