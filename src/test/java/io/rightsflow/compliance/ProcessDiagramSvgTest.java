package io.rightsflow.compliance;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The renderer alone, on the BPMN files as they are deployed: no engine needed. */
class ProcessDiagramSvgTest {

    static final String SVG = "http://www.w3.org/2000/svg";

    @Test
    void everyShapeAndEdgeOfEveryProcessIsDrawnOnceWithItsBpmnIdAndTheFileParsesAsSvg() throws Exception {
        File[] files = new File("bpmn").listFiles((dir, name) -> name.endsWith(".bpmn"));
        assertTrue(files != null && files.length > 5, "the BPMN files are found");
        for (File file : files) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file);
            String drawing = ProcessDiagramSvg.render(model, DiagramMarks.NONE, "el-");
            Document svg = parse(drawing);
            // kept to look at: target/diagrams/<process>.svg
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "diagrams"));
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "diagrams",
                    file.getName().replace(".bpmn", ".svg")), EvidenceBundles.XML + drawing);

            assertEquals(SVG, svg.getDocumentElement().getNamespaceURI(), file.getName());
            assertEquals("svg", svg.getDocumentElement().getLocalName(), file.getName());
            assertEquals(0, svg.getElementsByTagNameNS(SVG, "script").getLength(), file.getName());
            Set<String> drawn = groups(svg).keySet();
            Set<String> inDiagram = model.getModelElementsByType(BpmnShape.class).stream()
                    .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
            model.getModelElementsByType(BpmnEdge.class).forEach(e -> inDiagram.add(e.getBpmnElement().getId()));
            assertEquals(inDiagram, drawn, file.getName());
            NodeList everything = svg.getElementsByTagNameNS(SVG, "*");
            Set<String> ids = new java.util.HashSet<>();
            for (int i = 0; i < everything.getLength(); i++) {
                String id = ((Element) everything.item(i)).getAttribute("id");
                assertTrue(id.isEmpty() || ids.add(id), file.getName() + ": id used twice: " + id);
            }
        }
    }

    @Test
    void theMarksBecomeClassesAndATimersDueTimeIsWrittenBesideIt() throws Exception {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File("bpmn/profile-erasure.bpmn"));
        DiagramMarks marks = new DiagramMarks(Set.of("StartEvent_ErasureRequested", "Task_MarkProfilePendingDeletion"),
                Set.of(), Set.of("Event_GracePeriodExpired"), Set.of("SubProcess_GracePeriod"),
                Set.of("Flow_RequestToMark"), Set.of("Task_PurgeProfileData"),
                Map.of("Event_GracePeriodExpired", Instant.parse("2026-12-08T05:40:00Z")));

        Document svg = parse(ProcessDiagramSvg.render(model, marks, "el-"));

        Map<String, Element> groups = groups(svg);
        assertThat(groups.get("Task_MarkProfilePendingDeletion").getAttribute("class"), containsString("done"));
        assertThat(groups.get("Task_MarkProfilePendingDeletion").getAttribute("id"),
                equalTo("el-Task_MarkProfilePendingDeletion"));
        assertThat(groups.get("Flow_RequestToMark").getAttribute("class"), equalTo("flow taken"));
        assertThat(groups.get("Flow_MarkToGracePeriod").getAttribute("class"), equalTo("flow"));
        assertThat(groups.get("Event_GracePeriodExpired").getAttribute("class"), containsString("waiting"));
        assertThat(groups.get("Event_GracePeriodExpired").getTextContent(), containsString("due 8 Dec 2026 05:40 UTC"));
        assertThat(groups.get("Task_PurgeProfileData").getAttribute("class"), containsString("incident"));
        assertThat(groups.get("Task_RemoveProfile").getAttribute("class"), equalTo("activity task"));
        assertThat(title(groups.get("Task_RemoveProfile")), equalTo("Remove profile"));
        assertThat(title(groups.get("Gateway_PurgeFinished")), equalTo("All data purged?"));
        assertThat(groups.get("Flow_PurgeDone").getTextContent(), containsString("yes"));
        assertThat(groups.get("Task_RemoveProfile").getTextContent(), not(containsString("due")));
    }

    @Test
    void namesAreEscapedAndWrappedIntoTheirBox() throws Exception {
        BpmnModelInstance model = Bpmn.createExecutableProcess("p").name("A & B").startEvent("s").name("<go>")
                .userTask("t").name("Check the \"statement\" & decide whether it is complete").endEvent("e").done();

        Document svg = parse(ProcessDiagramSvg.render(model, DiagramMarks.NONE, "x-"));

        Element task = groups(svg).get("t");
        assertThat(title(task), equalTo("Check the \"statement\" & decide whether it is complete"));
        assertTrue(task.getElementsByTagNameNS(SVG, "tspan").getLength() >= 3, "wrapped over lines");
        assertThat(title(groups(svg).get("s")), equalTo("<go>"));
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** The drawn elements by BPMN id; fails on an id drawn twice. */
    static Map<String, Element> groups(Document svg) {
        Map<String, Element> groups = new HashMap<>();
        NodeList all = svg.getElementsByTagNameNS(SVG, "g");
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            if (g.hasAttribute("data-bpmn-id")) {
                assertTrue(groups.put(g.getAttribute("data-bpmn-id"), g) == null, "drawn once: " + g.getAttribute("data-bpmn-id"));
            }
        }
        return groups;
    }

    static String title(Element group) {
        return group.getElementsByTagNameNS(SVG, "title").item(0).getTextContent();
    }
}
