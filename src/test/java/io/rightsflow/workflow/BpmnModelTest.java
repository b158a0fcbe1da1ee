package io.rightsflow.workflow;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every process opens in a modeler, reads as a diagram, and names only beans that exist. */
@QuarkusTest
@Tag("database")
class BpmnModelTest {

    private static final Pattern BEAN = Pattern.compile("\\$\\{([A-Za-z]+)");

    @Inject
    RepositoryService repository;

    @Test
    void everyBpmnFileIsDeployed() throws IOException {
        for (Path file : files()) {
            String processId = Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class)
                    .iterator().next().getId();
            assertNotNull(repository.createProcessDefinitionQuery().processDefinitionKey(processId).latestVersion()
                    .singleResult(), processId + " is not deployed");
        }
    }

    @Test
    void everyElementHasDiagramInformationAndEveryNodeALabel() throws IOException {
        for (Path file : files()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            Set<String> drawn = Stream.concat(
                    model.getModelElementsByType(BpmnShape.class).stream().map(s -> s.getBpmnElement().getId()),
                    model.getModelElementsByType(BpmnEdge.class).stream().map(e -> e.getBpmnElement().getId()))
                    .collect(Collectors.toSet());
            for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
                assertTrue(drawn.contains(element.getId()), file + ": " + element.getId() + " is not drawn");
                if (element instanceof FlowNode node) {
                    assertTrue(node.getName() != null && !node.getName().isBlank(), file + ": " + node.getId() + " has no label");
                }
            }
        }
    }

    @Test
    void everyProcessKeepsHistoryForAGivenTime() throws IOException {
        for (Path file : files()) {
            for (Process process : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class)) {
                assertNotNull(process.getCamundaHistoryTimeToLiveString(), file + " sets no historyTimeToLive");
            }
        }
    }

    @Test
    void everyServiceTaskIsANamedBeanThatExists() throws IOException {
        for (Path file : files()) {
            for (ServiceTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(ServiceTask.class)) {
                assertNull(task.getCamundaClass(), task.getId() + " uses camunda:class");
                String expression = task.getCamundaDelegateExpression();
                assertNotNull(expression, task.getId() + " has no delegate expression");
                Matcher bean = BEAN.matcher(expression);
                assertTrue(bean.find());
                assertTrue(Arc.container().instance(bean.group(1)).isAvailable(),
                        task.getId() + " names the missing bean " + bean.group(1));
            }
        }
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> paths = Files.list(Path.of("bpmn"))) {
            List<Path> files = paths.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
            assertFalse(files.isEmpty());
            return files;
        }
    }
}
