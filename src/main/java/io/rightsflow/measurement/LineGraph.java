package io.rightsflow.measurement;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A line graph of one category drawn on the server as SVG: one line per series (blood pressure has
 * two), the oldest value on the left, with a sentence that says what it shows for screen readers.
 */
public record LineGraph(String title, String summary, List<Series> series, String lowest, String highest,
        String first, String last, int width, int height) {

    static final int WIDTH = 600;
    static final int HEIGHT = 240;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 28;
    private static final int MAX_DOTS = 120;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** One line: its name, the polyline's points, and a dot per value while there are not too many. */
    public record Series(String name, String cssClass, String points, List<Dot> dots) {
    }

    public record Dot(String x, String y, String label) {
    }

    /** The graph of these values (any order), or null when there are none. */
    static LineGraph of(String name, String unit, List<MeasurementView> values, long total) {
        List<MeasurementView> points = values.stream().sorted(Comparator.comparing(MeasurementView::takenAt)).toList();
        if (points.isEmpty()) {
            return null;
        }
        boolean pressure = points.get(0).value() == null;
        List<Function<MeasurementView, Double>> lines = pressure
                ? List.of(MeasurementView::systolic, MeasurementView::diastolic)
                : List.of(MeasurementView::value);
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (MeasurementView m : points) {
            for (Function<MeasurementView, Double> line : lines) {
                Double v = line.apply(m);
                if (v != null) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        double span = high - low == 0 ? Math.max(1, Math.abs(high) * 0.1) : high - low;
        double bottom = high - low == 0 ? low - span / 2 : low;
        long start = points.get(0).takenAt().toEpochMilli();
        long time = points.get(points.size() - 1).takenAt().toEpochMilli() - start;
        List<Series> series = new ArrayList<>();
        String[] names = pressure ? new String[] { "Systolic", "Diastolic" } : new String[] { name };
        for (int s = 0; s < lines.size(); s++) {
            StringBuilder polyline = new StringBuilder();
            List<Dot> dots = new ArrayList<>();
            for (MeasurementView m : points) {
                Double v = lines.get(s).apply(m);
                if (v == null) {
                    continue;
                }
                double x = time == 0 ? LEFT + (WIDTH - LEFT - RIGHT) / 2.0
                        : LEFT + (m.takenAt().toEpochMilli() - start) * (double) (WIDTH - LEFT - RIGHT) / time;
                double y = TOP + (1 - (v - bottom) / span) * (HEIGHT - TOP - BOTTOM);
                String px = coordinate(x);
                String py = coordinate(y);
                polyline.append(polyline.isEmpty() ? "" : " ").append(px).append(',').append(py);
                if (points.size() <= MAX_DOTS) {
                    dots.add(new Dot(px, py, names[s] + " " + Figures.number(v) + " " + unit + " on "
                            + DAY.format(m.takenAt())));
                }
            }
            series.add(new Series(names[s], "line-" + s, polyline.toString(), dots));
        }
        String first = DAY.format(points.get(0).takenAt());
        String last = DAY.format(points.get(points.size() - 1).takenAt());
        MeasurementView latest = points.get(points.size() - 1);
        String latestText = pressure ? Figures.number(latest.systolic()) + "/" + Figures.number(latest.diastolic())
                : Figures.number(latest.value());
        // the graph draws the newest values only; its words must not pass them off as the whole history
        String counted = total > points.size() ? "the newest " + points.size() + " of " + total + " values"
                : points.size() + (points.size() == 1 ? " value" : " values");
        String summary = name + " in " + unit + ": " + counted
                + " from " + first + " to " + last + ", lowest " + Figures.number(low) + ", highest "
                + Figures.number(high) + ", latest " + latestText + "."
                + (pressure ? " Systolic is the upper line, diastolic the lower." : "");
        return new LineGraph(name + " (" + unit + ")", summary, series, Figures.number(low), Figures.number(high),
                first, last, WIDTH, HEIGHT);
    }

    private static String coordinate(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Where the axis labels sit. */
    public int left() {
        return LEFT;
    }

    public int top() {
        return TOP;
    }

    public int bottom() {
        return HEIGHT - BOTTOM;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    static String day(Instant at) {
        return DAY.format(at);
    }
}
