package org.edubalance.app.pairingrecord;

import java.util.List;
import java.util.Locale;
import org.edubalance.core.pairingrecord.FollowUpLine;
import org.edubalance.core.pairingrecord.FollowUpStratum;

/**
 * The follow-up chart as inline SVG drawn on the server, like the zoning map: one small panel per indicator (its own
 * scale, as the units differ), a bar per later year with the difference in differences, above the zero line when the
 * mentees gained on the comparison group, below when they fell behind; a year without a figure shows a dash, never a
 * bar. Every text is escaped here: the SVG is inserted into the page unescaped. The table below the chart holds the
 * same figures with the means they come from.
 */
final class FollowUpChart {
    static final int COLUMNS = 3;
    static final int PANEL_WIDTH = 320;
    static final int PANEL_HEIGHT = 170;
    private static final int TOP = 44;
    private static final int BOTTOM = 24;
    /** How wide a panel's title may be, in Latin letters. */
    static final int TITLE_WIDTH = 44;

    private static final String GAIN = "#2f7d32";
    private static final String LOSS = "#c62828";

    private final List<FollowUpView.Indicator> indicators;

    FollowUpChart(List<FollowUpView.Indicator> indicators) {
        this.indicators = List.copyOf(indicators);
    }

    /** The chart of {@code stratum}. */
    String draw(FollowUpStratum stratum) {
        int rows = (indicators.size() + COLUMNS - 1) / COLUMNS;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" class=\"follow-up-chart\""
                        + " role=\"img\" font-size=\"12\" font-family=\"sans-serif\">",
                COLUMNS * PANEL_WIDTH,
                rows * PANEL_HEIGHT));
        for (int k = 0; k < indicators.size(); k++) {
            FollowUpView.Indicator indicator = indicators.get(k);
            List<FollowUpLine> lines = stratum.lines().stream()
                    .filter(l -> l.indicatorId().equals(indicator.id()))
                    .toList();
            panel(svg, indicator, lines, (k % COLUMNS) * PANEL_WIDTH, (k / COLUMNS) * PANEL_HEIGHT);
        }
        return svg.append("</svg>").toString();
    }

    private static void panel(
            StringBuilder svg, FollowUpView.Indicator indicator, List<FollowUpLine> lines, int x, int y) {
        svg.append(String.format(
                Locale.ROOT, "<g transform=\"translate(%d,%d)\" data-indicator=\"%s\">", x, y, escape(indicator.id())));
        // A panel is a third of the page wide: a long name is cut, and given whole in the tooltip and the table.
        svg.append("<text x=\"8\" y=\"16\" font-weight=\"bold\"><title>")
                .append(escape(indicator.name()))
                .append("</title>")
                .append(escape(shortened(indicator.name())))
                .append("</text>");
        svg.append("<text x=\"8\" y=\"31\" fill=\"#555\">")
                .append(escape(indicator.unit()))
                .append("</text>");
        double max = lines.stream()
                .filter(l -> l.difference() != null)
                .mapToDouble(l -> Math.abs(l.difference()))
                .max()
                .orElse(0);
        double half = (PANEL_HEIGHT - TOP - BOTTOM) / 2.0;
        double zero = TOP + half;
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"8\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#888\"/>",
                PANEL_WIDTH - 16,
                zero,
                zero));
        int slot = lines.isEmpty() ? 0 : (PANEL_WIDTH - 24) / lines.size();
        for (int i = 0; i < lines.size(); i++) {
            FollowUpLine line = lines.get(i);
            double centre = 16 + slot * (i + 0.5);
            Double d = line.difference();
            if (d == null) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" class=\"no-figure\">—</text>",
                        centre,
                        zero - 4));
            } else {
                double height = max == 0 ? 0 : Math.abs(d) / max * (half - 14);
                double top = d >= 0 ? zero - height : zero;
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" data-year=\"%d\">"
                                + "<title>%d: %s</title></rect>",
                        centre - slot * 0.3,
                        top,
                        slot * 0.6,
                        Math.max(height, 0.5),
                        d >= 0 ? GAIN : LOSS,
                        line.year(),
                        line.year(),
                        number(d)));
                double label = d >= 0 ? top - 3 : top + height + 11;
                svg.append(String.format(
                        Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>",
                        centre,
                        label,
                        number(d)));
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">%d</text>",
                    centre,
                    PANEL_HEIGHT - 8,
                    line.year()));
        }
        svg.append("</g>");
    }

    /** At most {@value #TITLE_WIDTH} units wide, a Chinese character counting two. */
    static String shortened(String name) {
        int width = 0;
        StringBuilder cut = new StringBuilder();
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            width += c > 0x2E80 ? 2 : 1;
            if (width > TITLE_WIDTH) {
                return cut.append('…').toString();
            }
            cut.appendCodePoint(c);
            i += Character.charCount(c);
        }
        return name;
    }

    /** Two decimals with an explicit sign, as the table shows it. */
    static String number(double value) {
        return String.format(Locale.ROOT, "%+.2f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
