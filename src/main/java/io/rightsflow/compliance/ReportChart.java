package io.rightsflow.compliance;

import java.util.ArrayList;
import java.util.List;

/**
 * The report's chart, drawn on the server as SVG: per month, a bar of the requests received and
 * one of those completed, with their numbers written above them. The table beside it is the text
 * alternative; each bar also carries its month and value (data-*) and a title.
 */
public record ReportChart(int width, int height, int left, int right, int top, int bottom, long highest,
        List<Bar> bars, List<Label> labels, String title, String summary) {

    static final int BAR = 14;
    static final int WIDEST_BAR = 28;
    static final int GAP = 14;
    /** A few months still get a chart of a readable size: their bars are spread (and widened) over it. */
    static final int MIN_WIDTH = 560;
    static final int LEFT = 44;
    static final int TOP = 24;
    static final int PLOT = 200;

    public record Bar(String cssClass, String series, String month, long value, int x, int y, int barWidth,
            int barHeight, int textX, int textY, String title) {
    }

    public record Label(int x, int y, String text) {
    }

    static ReportChart of(List<MonthlyReport.Month> months, String period) {
        long highest = Math.max(1, months.stream().mapToLong(m -> Math.max(m.received(), m.completed())).max().orElse(1));
        int bottom = TOP + PLOT;
        int count = Math.max(1, months.size());
        int width = Math.max(MIN_WIDTH, LEFT + count * (2 * BAR + GAP) + GAP);
        int group = (width - LEFT - GAP) / count;
        int bar = Math.min(WIDEST_BAR, (group - GAP) / 2);
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            MonthlyReport.Month month = months.get(i);
            int middle = LEFT + GAP / 2 + i * group + group / 2;
            bars.add(bar("received", "received", month, month.received(), middle - bar, bar, bottom, highest));
            bars.add(bar("completed", "completed", month, month.completed(), middle, bar, bottom, highest));
            labels.add(new Label(middle, bottom + 16, month.shortLabel()));
        }
        long received = months.stream().mapToLong(MonthlyReport.Month::received).sum();
        long completed = months.stream().mapToLong(MonthlyReport.Month::completed).sum();
        return new ReportChart(width, bottom + 28, LEFT, width - GAP / 2, TOP, bottom, highest, bars, labels,
                "Requests received and completed per month, " + period,
                received + " requests received and " + completed + " of them completed, " + period
                        + "; the table below gives every figure per month and type");
    }

    private static Bar bar(String cssClass, String series, MonthlyReport.Month month, long value, int x, int width,
            int bottom, long highest) {
        int height = (int) Math.round((double) value * PLOT / highest);
        return new Bar(cssClass, series, month.key(), value, x, bottom - height, width, height, x + width / 2,
                bottom - height - 3, month.label() + ": " + value + " " + series);
    }
}
