package org.edubalance.app.funding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The sweep as inline SVG drawn on the server, like the pairing follow-up chart: two panels over the rural factor, the
 * county CV of the formula (with today's CV as a dashed line) and the urban : rural and town : rural ratios (with
 * parity, 1, as a dashed line). Each panel has its own scale, as a CV and a ratio are not comparable; an undefined
 * figure leaves a gap, never a point. Every text is escaped here: the SVG goes into the page unescaped. The table below
 * the chart holds the same figures.
 */
final class FundingChart {
    static final int WIDTH = 720;
    static final int PANEL_HEIGHT = 200;
    private static final int LEFT = 56;
    private static final int RIGHT = 150;
    private static final int TOP = 28;
    private static final int BOTTOM = 30;
    /** The legend sits on the title's line, right of it, clear of the reference line's label. */
    private static final int LEGEND = 260;

    private static final int LEGEND_STEP = 150;
    private static final String CV = "#1565c0";
    private static final String URBAN = "#c62828";
    private static final String TOWN = "#ef6c00";
    private static final String REFERENCE = "#777";

    /** The words of the chart in the page's language. */
    record Labels(String cvTitle, String ratioTitle, String factor, String cvNow, String urban, String town) {}

    private final Labels labels;

    FundingChart(Labels labels) {
        this.labels = labels;
    }

    /** The chart of {@code sweep}; {@code cvNow} is today's CV, drawn as a reference when known. */
    String draw(FundingSweep sweep, @Nullable Double cvNow) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" class=\"funding-sweep-chart\""
                        + " role=\"img\" font-size=\"12\" font-family=\"sans-serif\">",
                WIDTH,
                2 * PANEL_HEIGHT));
        List<FundingSweep.Point> points = sweep.points();
        panel(
                svg,
                0,
                "cv",
                labels.cvTitle(),
                points,
                List.of(new Series(labels.cvTitle(), CV, FundingSweep.Point::cv)),
                cvNow,
                labels.cvNow());
        panel(
                svg,
                PANEL_HEIGHT,
                "ratio",
                labels.ratioTitle(),
                points,
                List.of(
                        new Series(labels.urban(), URBAN, FundingSweep.Point::urbanRatio),
                        new Series(labels.town(), TOWN, FundingSweep.Point::townRatio)),
                1.0,
                "1");
        return svg.append("</svg>").toString();
    }

    private record Series(String name, String colour, Function<FundingSweep.Point, @Nullable Double> value) {}

    private void panel(
            StringBuilder svg,
            int y,
            String id,
            String title,
            List<FundingSweep.Point> points,
            List<Series> series,
            @Nullable Double reference,
            String referenceName) {
        svg.append(String.format(Locale.ROOT, "<g transform=\"translate(0,%d)\" data-panel=\"%s\">", y, id));
        svg.append("<text x=\"8\" y=\"16\" font-weight=\"bold\">")
                .append(escape(title))
                .append("</text>");
        List<Double> values = new ArrayList<>();
        for (FundingSweep.Point p : points) {
            for (Series s : series) {
                Double v = s.value().apply(p);
                if (v != null) {
                    values.add(v);
                }
            }
        }
        if (reference != null) {
            values.add(reference);
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double pad = max == min ? Math.max(Math.abs(max) * 0.1, 0.01) : (max - min) * 0.08;
        Scale scale = new Scale(points, min - pad, max + pad);
        axes(svg, scale, points);
        if (reference != null) {
            double ry = scale.y(reference);
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-dasharray=\"4 3\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" fill=\"%s\">%s %s</text>",
                    LEFT,
                    WIDTH - RIGHT,
                    ry,
                    ry,
                    REFERENCE,
                    WIDTH - RIGHT + 6,
                    ry + 4,
                    REFERENCE,
                    escape(referenceName),
                    number(reference)));
        }
        int legend = 0;
        for (Series s : series) {
            line(svg, scale, points, s);
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"16\" fill=\"%s\" class=\"legend\">■ %s</text>",
                    LEGEND + LEGEND_STEP * legend++,
                    s.colour(),
                    escape(s.name())));
        }
        svg.append("</g>");
    }

    private void axes(StringBuilder svg, Scale scale, List<FundingSweep.Point> points) {
        int base = PANEL_HEIGHT - BOTTOM;
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#888\"/>"
                        + "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#888\"/>",
                LEFT,
                WIDTH - RIGHT,
                base,
                base,
                LEFT,
                LEFT,
                TOP,
                base));
        for (double v : new double[] {scale.low, (scale.low + scale.high) / 2, scale.high}) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#555\">%s</text>",
                    LEFT - 4,
                    scale.y(v) + 4,
                    number(v)));
        }
        for (int i = 0; i < points.size(); i += 2) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">%.2f</text>",
                    scale.x(i),
                    base + 14,
                    points.get(i).ruralFactor()));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" fill=\"#555\">%s</text>",
                WIDTH - RIGHT + 6,
                base + 14,
                escape(labels.factor())));
    }

    private static void line(StringBuilder svg, Scale scale, List<FundingSweep.Point> points, Series s) {
        StringBuilder path = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < points.size(); i++) {
            Double v = s.value().apply(points.get(i));
            if (v == null) {
                pen = false;
                continue;
            }
            path.append(pen ? " L" : " M").append(String.format(Locale.ROOT, "%.1f %.1f", scale.x(i), scale.y(v)));
            pen = true;
        }
        if (!path.isEmpty()) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>",
                    path.toString().strip(),
                    s.colour()));
        }
        for (int i = 0; i < points.size(); i++) {
            Double v = s.value().apply(points.get(i));
            if (v != null) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\" data-factor=\"%.2f\">"
                                + "<title>%.2f: %s</title></circle>",
                        scale.x(i),
                        scale.y(v),
                        s.colour(),
                        points.get(i).ruralFactor(),
                        points.get(i).ruralFactor(),
                        number(v)));
            }
        }
    }

    /** Maps point indexes and values into a panel. */
    private static final class Scale {
        private final int count;
        private final double low;
        private final double high;

        Scale(List<FundingSweep.Point> points, double low, double high) {
            this.count = points.size();
            this.low = low;
            this.high = high;
        }

        double x(int index) {
            double width = WIDTH - LEFT - RIGHT - 20;
            return LEFT + 10 + (count <= 1 ? width / 2 : width * index / (count - 1));
        }

        double y(double value) {
            double height = PANEL_HEIGHT - TOP - BOTTOM - 10;
            return TOP + 10 + height * (high - value) / (high - low);
        }
    }

    /** Three decimals, as the table shows a CV or a ratio. */
    static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
