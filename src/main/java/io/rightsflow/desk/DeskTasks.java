package io.rightsflow.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The desk tasks the features offer, by their BPMN id. */
@ApplicationScoped
class DeskTasks {

    @Inject
    Instance<DeskTask> all;

    DeskTask of(String taskKey) {
        return all.stream().filter(t -> t.taskKey().equals(taskKey)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no DeskTask for user task " + taskKey));
    }
}
