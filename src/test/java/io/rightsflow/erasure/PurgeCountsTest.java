package io.rightsflow.erasure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

class PurgeCountsTest {

    private final Map<String, Object> variables = new HashMap<>();
    private final DelegateExecution execution = execution(variables);

    @Test
    void theCountsOfEveryBatchAddUpInOneVariable() {
        PurgeCounts first = PurgeCounts.of(execution);
        first.add("devices", 2);
        first.add("email links", 1);
        first.save();
        PurgeCounts second = PurgeCounts.of(execution);
        second.add("devices", 3);
        second.add("measurements", 0);
        second.save();

        assertEquals("devices=5 email links=1 measurements=0", PurgeCounts.text(execution));
        assertEquals(1, variables.size(), "one variable: " + variables.keySet());
    }

    @Test
    void anErasureBegunWithACountPerKindKeepsThemOnceInItsNextBatches() {
        variables.put("purged_measurements", 10L);
        variables.put("purged_devices", 1L);
        PurgeCounts next = PurgeCounts.of(execution);
        next.add("measurements", 5);
        next.save();
        PurgeCounts last = PurgeCounts.of(execution);
        last.add("measurements", 1);
        last.save();

        assertEquals("devices=1 measurements=16", PurgeCounts.text(execution));
    }

    /** The variables of an execution, which is all the counts ask of it. */
    private static DelegateExecution execution(Map<String, Object> variables) {
        return (DelegateExecution) Proxy.newProxyInstance(PurgeCountsTest.class.getClassLoader(),
                new Class<?>[] {DelegateExecution.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getVariable" -> variables.get((String) args[0]);
                    case "setVariable" -> variables.put((String) args[0], args[1]);
                    case "getVariables" -> Variables.fromMap(new HashMap<>(variables));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
