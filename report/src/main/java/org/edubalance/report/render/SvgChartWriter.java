package org.edubalance.report.render;

import java.util.List;
import java.util.Locale;
import org.edubalance.report.document.BarChart;
import org.edubalance.report.document.Tone;
import org.edubalance.report.document.TrendChart;

/**
 * Writes charts as XHTML tables whose graphics are inline SVG (vector shapes, no text). Every label and number is
 * HTML text, so it is set in the embedded CJK font like the rest of the page; SVG text would be drawn by Batik with
 * the machine's AWT fonts, which may lack Chinese glyphs.
 */
final class SvgChartWriter {
    static final int BAR_WIDTH = 280;
    private static final int SMALL_CHART_BARS = 30;
    private static final int BAR_HEIGHT = 11;
    private static final int BAR_GAP = 2;
    private static final int SPARK_WIDTH = 180;
    private static final int SPARK_HEIGHT = 34;

    private final Xhtml out;

    SvgChartWriter(Xhtml out) {
        this.out = out;
    }

    static String colour(Tone tone) {
        return switch (tone) {
            case NEUTRAL -> "#607d8b";
            case GOOD -> "#2e7d32";
            case BAD -> "#c62828";
            case WARNING -> "#ef6c00";
            case SERIES_1 -> "#1565c0";
            case SERIES_2 -> "#f9a825";
            case SERIES_3 -> "#6a1b9a";
        };
    }

    void bars(BarChart chart) {
        int barCount = chart.groups().stream().mapToInt(g -> g.bars().size()).sum();
        // A chart that fits on a page stays in one piece; a longer one (a school per bar) flows on.
        out.open("div", "class", barCount <= SMALL_CHART_BARS ? "chart small" : "chart");
        out.element("p", "class", "chart-title", chart.title());
        out.open("table", "class", "bars");
        for (BarChart.BarGroup group : chart.groups()) {
            List<BarChart.Bar> bars = group.bars();
            for (int i = 0; i < bars.size(); i++) {
                out.open("tr");
                if (i == 0) {
                    out.element("td", "class", "bar-label", "rowspan", Integer.toString(bars.size()), group.label());
                }
                out.open("td", "class", "bar");
                out.raw(barSvg(chart, bars.get(i)));
                out.close("td");
                out.element("td", "class", "bar-value", bars.get(i).shown());
                out.close("tr");
            }
        }
        out.open("tr");
        out.element("td", "");
        out.open("td", "class", "bar-axis");
        out.raw(axisSvg(chart));
        out.element("div", "class", "axis-text", axisText(chart));
        out.close("td");
        out.element("td", "");
        out.close("tr");
        out.close("table");
        legend(chart.legend());
        out.close("div");
    }

    private static String axisText(BarChart chart) {
        String text = "0 – " + trim(chart.scaleMax()) + "  ·  " + chart.scaleLabel();
        return chart.reference() == null
                ? text
                : text + "  ·  ┆ " + chart.reference().label();
    }

    private static String trim(double value) {
        return value == Math.rint(value)
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
    }

    private static String barSvg(BarChart chart, BarChart.Bar bar) {
        int height = BAR_HEIGHT + 2 * BAR_GAP;
        StringBuilder svg = svgStart(BAR_WIDTH, height);
        if (Double.isFinite(bar.value()) && bar.value() > 0) {
            double length = Math.min(bar.value(), chart.scaleMax()) / chart.scaleMax() * BAR_WIDTH;
            rect(svg, 0, BAR_GAP, length, BAR_HEIGHT, colour(bar.tone()));
            if (bar.value() > chart.scaleMax()) {
                // Clipped: a white notch says the bar runs on beyond the scale.
                svg.append(String.format(
                        Locale.ROOT,
                        "<polygon points=\"%d,%d %d,%d %d,%d\" fill=\"#ffffff\"/>",
                        BAR_WIDTH - 6,
                        BAR_GAP,
                        BAR_WIDTH,
                        BAR_GAP + BAR_HEIGHT / 2,
                        BAR_WIDTH - 6,
                        BAR_GAP + BAR_HEIGHT));
            }
        }
        // Drawn in every row, the dashed segments join into one line down the chart (the cells have no padding).
        referenceLine(svg, chart, 0, height);
        return svg.append("</svg>").toString();
    }

    private static String axisSvg(BarChart chart) {
        StringBuilder svg = svgStart(BAR_WIDTH, 6);
        svg.append("<line x1=\"0\" y1=\"0.5\" x2=\"" + BAR_WIDTH
                + "\" y2=\"0.5\" stroke=\"#455a64\" stroke-width=\"1\"/>");
        for (int tick = 0; tick <= 4; tick++) {
            double x = Math.min(BAR_WIDTH - 0.5, Math.max(0.5, tick * BAR_WIDTH / 4.0));
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"5\" stroke=\"#455a64\" stroke-width=\"1\"/>",
                    x,
                    x));
        }
        referenceLine(svg, chart, 0, 6);
        return svg.append("</svg>").toString();
    }

    private static void referenceLine(StringBuilder svg, BarChart chart, int top, int bottom) {
        if (chart.reference() == null) {
            return;
        }
        double x = Math.min(chart.reference().value(), chart.scaleMax()) / chart.scaleMax() * BAR_WIDTH;
        x = Math.max(1, Math.min(BAR_WIDTH - 1, x));
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#212121\" stroke-width=\"1.5\""
                        + " stroke-dasharray=\"3,2\"/>",
                x,
                top,
                x,
                bottom));
    }

    void trend(TrendChart chart) {
        out.open("div", "class", "chart small");
        out.element("p", "class", "chart-title", chart.title());
        out.open("table", "class", "data trend");
        out.open("thead");
        out.open("tr");
        out.element("th", "");
        out.element("th", "");
        for (String period : chart.periods()) {
            out.element("th", period);
        }
        out.close("tr");
        out.close("thead");
        out.open("tbody");
        double max = chart.limit() == null ? 0 : chart.limit() * 1.25;
        for (TrendChart.TrendLine line : chart.lines()) {
            for (double v : line.values()) {
                if (Double.isFinite(v)) {
                    max = Math.max(max, v * 1.05);
                }
            }
        }
        max = max > 0 ? max : 1;
        for (TrendChart.TrendLine line : chart.lines()) {
            out.open("tr");
            out.element("td", "class", "trend-label", line.label());
            out.open("td", "class", "spark");
            out.raw(sparkSvg(line, chart.limit(), max));
            out.close("td");
            for (String shown : line.shown()) {
                out.element("td", "class", "num", shown);
            }
            out.close("tr");
        }
        out.close("tbody");
        out.close("table");
        if (chart.limit() != null) {
            out.element(
                    "p",
                    "class",
                    "footnote",
                    "┆ " + chart.limitLabel() + " " + String.format(Locale.ROOT, "%.2f", chart.limit()) + "  ·  0 – "
                            + String.format(Locale.ROOT, "%.2f", max));
        }
        out.close("div");
    }

    private static String sparkSvg(TrendChart.TrendLine line, Double limit, double max) {
        StringBuilder svg = svgStart(SPARK_WIDTH, SPARK_HEIGHT);
        int n = line.values().size();
        double step = n > 1 ? (SPARK_WIDTH - 8.0) / (n - 1) : 0;
        svg.append("<line x1=\"0\" y1=\"" + (SPARK_HEIGHT - 0.5) + "\" x2=\"" + SPARK_WIDTH + "\" y2=\""
                + (SPARK_HEIGHT - 0.5) + "\" stroke=\"#b0bec5\" stroke-width=\"1\"/>");
        if (limit != null) {
            double y = y(limit, max);
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"0\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#c62828\" stroke-width=\"1\""
                            + " stroke-dasharray=\"3,2\"/>",
                    y,
                    SPARK_WIDTH,
                    y));
        }
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double v = line.values().get(i);
            if (!Double.isFinite(v)) {
                continue;
            }
            double x = 4 + i * step;
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y(v, max)));
            String fill = limit != null && v > limit ? colour(Tone.BAD) : colour(Tone.SERIES_1);
            svg.append(String.format(
                    Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.2\" fill=\"%s\"/>", x, y(v, max), fill));
        }
        if (!points.isEmpty()) {
            svg.append("<polyline points=\"" + points.toString().strip()
                    + "\" fill=\"none\" stroke=\"#1565c0\" stroke-width=\"1.2\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static double y(double value, double max) {
        return SPARK_HEIGHT - 3 - Math.min(value, max) / max * (SPARK_HEIGHT - 6);
    }

    private void legend(List<BarChart.LegendEntry> legend) {
        if (legend.isEmpty()) {
            return;
        }
        out.open("p", "class", "legend");
        for (BarChart.LegendEntry entry : legend) {
            out.element(
                    "span",
                    "class",
                    "swatch",
                    "style",
                    "background-color: " + colour(entry.tone()),
                    "\u00a0\u00a0\u00a0");
            out.text(" " + entry.label() + "\u00a0\u00a0\u00a0 ");
        }
        out.close("p");
    }

    private static StringBuilder svgStart(int width, int height) {
        return new StringBuilder(256)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\">");
    }

    private static void rect(StringBuilder svg, double x, double y, double w, double h, String fill) {
        svg.append(String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                x,
                y,
                w,
                h,
                fill));
    }
}
