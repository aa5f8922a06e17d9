package org.edubalance.app.pairingrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.edubalance.core.pairingrecord.FollowUpLine;
import org.edubalance.core.pairingrecord.FollowUpStatus;
import org.edubalance.core.pairingrecord.FollowUpStratum;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Segment;
import org.junit.jupiter.api.Test;

/** The follow-up chart: a bar per computed year, a dash where there is no figure, every text escaped. */
class FollowUpChartTest {

    @Test
    void drawsBarsAndDashesAndEscapesTheTexts() {
        var indicators = List.of(new FollowUpView.Indicator("a", "<script>alert(1)</script>", "m² & more"));
        var stratum = new FollowUpStratum(
                Segment.PRIMARY,
                Location.RURAL,
                2,
                List.of(
                        new FollowUpLine("a", 2024, 2, 2, 5.0, 6.5, 4.0, 4.5, 1.0, FollowUpStatus.COMPUTED),
                        new FollowUpLine("a", 2025, 2, 0, 5.0, 7.0, null, null, null, FollowUpStatus.NO_CONTROLS),
                        new FollowUpLine("a", 2026, 2, 1, 5.0, 4.0, 4.0, 4.5, -1.5, FollowUpStatus.COMPUTED)));

        String svg = new FollowUpChart(indicators).draw(stratum);

        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;", "m² &amp; more");
        assertThat(svg).contains("data-year=\"2024\"", "+1.00", "data-year=\"2026\"", "-1.50");
        assertThat(svg).doesNotContain("data-year=\"2025\"").contains("class=\"no-figure\"");
        assertThat(svg).contains("fill=\"#2f7d32\"", "fill=\"#c62828\"");
    }

    @Test
    void cutsLongTitles() {
        assertThat(FollowUpChart.shortened("县级及以上骨干教师数每百名学生县级及以上骨干教师数每百名学生"))
                .hasSizeLessThanOrEqualTo(FollowUpChart.TITLE_WIDTH / 2 + 1)
                .endsWith("…");
        assertThat(FollowUpChart.shortened("short")).isEqualTo("short");
    }
}
