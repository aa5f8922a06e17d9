package org.edubalance.app.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sweep chart: every label escaped, an undefined figure a gap rather than a point. */
class FundingChartTest {
    private static final FundingChart.Labels LABELS =
            new FundingChart.Labels("<script>cv</script>", "ratio", "factor", "today", "U & R", "T");

    @Test
    void labelsAreEscapedAndUndefinedFiguresLeaveGaps() {
        var sweep = new FundingSweep(
                BigDecimal.ONE,
                new BigDecimal("0.05"),
                List.of(
                        new FundingSweep.Point(1.0, 0.2, 1.0, null),
                        new FundingSweep.Point(1.05, null, 0.95, null),
                        new FundingSweep.Point(1.1, 0.25, 0.9, null)));

        String svg = new FundingChart(LABELS).draw(sweep, 0.22);

        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;cv&lt;/script&gt;", "U &amp; R");
        // CV: two points, drawn as two pieces (the missing 1.05 is a gap); ratios: three urban points, no town.
        assertThat(svg.split("<circle", -1)).hasSize(1 + 2 + 3);
        assertThat(svg).contains("today 0.220");
        String cvPath = svg.substring(svg.indexOf("<path d=\""), svg.indexOf("\"", svg.indexOf("<path d=\"") + 9));
        assertThat(cvPath.split("M", -1)).as("two pieces").hasSize(3);
    }
}
