package io.rightsflow.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;

/**
 * The small drawings inside the shapes of a BPMN diagram (an event's clock or envelope, a gateway's
 * cross) and its text: escaped for XML and wrapped into a box, since SVG does not wrap.
 */
final class DiagramGlyphs {

    /** A width per letter of the 11px text that fits most names, and the height of a line. */
    private static final double LETTER = 6.1;
    private static final double LINE = 13;

    private DiagramGlyphs() {
    }

    /** The marker inside an event circle centred on (cx, cy), radius r; empty for a plain event. */
    static String eventMarker(EventDefinition definition, double cx, double cy, double r) {
        double s = r * 0.55;
        if (definition instanceof TimerEventDefinition) {
            return circle(cx, cy, s, "glyph") + line(cx, cy, cx, cy - s * 0.8) + line(cx, cy, cx + s * 0.6, cy);
        }
        if (definition instanceof MessageEventDefinition) {
            double w = s * 1.6;
            double h = s * 1.1;
            return "<rect class=\"glyph\" x=\"" + n(cx - w / 2) + "\" y=\"" + n(cy - h / 2) + "\" width=\"" + n(w)
                    + "\" height=\"" + n(h) + "\"/>" + "<polyline class=\"glyph\" points=\"" + n(cx - w / 2) + ","
                    + n(cy - h / 2) + " " + n(cx) + "," + n(cy + h / 6) + " " + n(cx + w / 2) + "," + n(cy - h / 2) + "\"/>";
        }
        if (definition instanceof ErrorEventDefinition) {
            return "<polyline class=\"glyph\" points=\"" + n(cx - s) + "," + n(cy + s) + " " + n(cx - s / 3) + ","
                    + n(cy - s) + " " + n(cx + s / 3) + "," + n(cy + s / 3) + " " + n(cx + s) + "," + n(cy - s) + "\"/>";
        }
        if (definition instanceof TerminateEventDefinition) {
            return "<circle class=\"glyph filled\" cx=\"" + n(cx) + "\" cy=\"" + n(cy) + "\" r=\"" + n(s) + "\"/>";
        }
        if (definition instanceof SignalEventDefinition || definition instanceof EscalationEventDefinition) {
            return "<polygon class=\"glyph\" points=\"" + n(cx) + "," + n(cy - s) + " " + n(cx + s) + "," + n(cy + s * 0.7)
                    + " " + n(cx - s) + "," + n(cy + s * 0.7) + "\"/>";
        }
        return "";
    }

    /** The marker inside a gateway's diamond: X (exclusive, when shown), + (parallel), O (inclusive, event-based). */
    static String gatewayMarker(Gateway gateway, boolean markerVisible, double cx, double cy, double half) {
        double s = half * 0.4;
        if (gateway instanceof ExclusiveGateway && markerVisible) {
            return line(cx - s, cy - s, cx + s, cy + s) + line(cx - s, cy + s, cx + s, cy - s);
        }
        if (gateway instanceof ParallelGateway) {
            return line(cx, cy - s * 1.3, cx, cy + s * 1.3) + line(cx - s * 1.3, cy, cx + s * 1.3, cy);
        }
        if (gateway instanceof InclusiveGateway || gateway instanceof EventBasedGateway) {
            return circle(cx, cy, s * 1.2, "glyph");
        }
        return "";
    }

    /** Text wrapped to the width and centred in the box (x, y, width, height). */
    static String textIn(String text, double x, double y, double width, double height, String cssClass) {
        List<String> lines = wrap(text, width);
        double top = y + height / 2 - (lines.size() * LINE) / 2 + LINE * 0.8;
        StringBuilder svg = new StringBuilder("<text class=\"" + cssClass + "\" x=\"" + n(x + width / 2)
                + "\" text-anchor=\"middle\">");
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<tspan x=\"").append(n(x + width / 2)).append("\" y=\"").append(n(top + i * LINE)).append("\">")
                    .append(escape(lines.get(i))).append("</tspan>");
        }
        return svg.append("</text>").toString();
    }

    /** One line of text starting at (x, y), for the due time beside a timer. */
    static String textAt(String text, double x, double y, String cssClass) {
        return "<text class=\"" + cssClass + "\" x=\"" + n(x) + "\" y=\"" + n(y) + "\">" + escape(text) + "</text>";
    }

    static List<String> wrap(String text, double width) {
        int perLine = Math.max(4, (int) Math.floor((width - 4) / LETTER));
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (!current.isEmpty() && current.length() + 1 + word.length() > perLine) {
                lines.add(current.toString());
                current.setLength(0);
            }
            current.append(current.isEmpty() ? "" : " ").append(word);
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    /** Estimated width of one line of text, to size the drawing around it. */
    static double widthOf(String text) {
        return text.length() * LETTER;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
            }
        }
        return out.toString();
    }

    static String circle(double cx, double cy, double r, String cssClass) {
        return "<circle class=\"" + cssClass + "\" cx=\"" + n(cx) + "\" cy=\"" + n(cy) + "\" r=\"" + n(r) + "\"/>";
    }

    static String line(double x1, double y1, double x2, double y2) {
        return "<line class=\"glyph\" x1=\"" + n(x1) + "\" y1=\"" + n(y1) + "\" x2=\"" + n(x2) + "\" y2=\"" + n(y2) + "\"/>";
    }

    /** A coordinate as SVG reads it: no exponent, at most two decimals, no locale's comma. */
    static String n(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
