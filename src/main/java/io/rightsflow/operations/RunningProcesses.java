package io.rightsflow.operations;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/** How many instances of each deployed process are running now, every version counted, and how many have an incident. */
@ApplicationScoped
public class RunningProcesses {

    public record Count(String key, String name, long running, long withIncident) {
    }

    @Inject
    RepositoryService repository;

    @Inject
    RuntimeService runtime;

    /** One line per process (its newest version's name), by name. */
    public List<Count> byProcess() {
        return repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(this::count)
                .sorted(Comparator.comparing(Count::name))
                .toList();
    }

    private Count count(ProcessDefinition definition) {
        String key = definition.getKey();
        return new Count(key, definition.getName() != null ? definition.getName() : key,
                runtime.createProcessInstanceQuery().processDefinitionKey(key).count(),
                runtime.createProcessInstanceQuery().processDefinitionKey(key).withIncident().count());
    }
}
