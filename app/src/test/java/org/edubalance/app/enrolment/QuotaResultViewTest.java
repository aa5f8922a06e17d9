package org.edubalance.app.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.edubalance.core.school.Location;
import org.edubalance.planning.lottery.LotteryInput;
import org.edubalance.planning.quota.Batch;
import org.edubalance.planning.quota.EquitySummary;
import org.edubalance.planning.quota.QuotaResult;
import org.edubalance.planning.quota.QuotaResultJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quota round's tables and chart read from the command's result document: one key high school H1 gives 4 quota
 * seats, 3 to the rural junior high J1 and 1 to the urban J2 (the town J3 gets none); H2 gives none. The figures
 * expected follow from the equity lines by hand.
 */
class QuotaResultViewTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode document() {
        List<QuotaResult.JuniorEquity> equity = List.of(
                new QuotaResult.JuniorEquity("J1", Location.RURAL, 30, 6, 3),
                new QuotaResult.JuniorEquity("J2", Location.URBAN, 10, 4, 5),
                new QuotaResult.JuniorEquity("J3", Location.TOWN, 20, 2, 2));
        var result = new QuotaResult(
                2027,
                "370102",
                "national",
                new QuotaResult.Lottery(
                        List.of(LotteryInput.of("schools", "s".getBytes(StandardCharsets.UTF_8))),
                        "c".repeat(64),
                        "value",
                        "d".repeat(64)),
                List.of(
                        new QuotaResult.HighSchoolQuota(
                                "H1",
                                10,
                                4,
                                List.of(
                                        new QuotaResult.Allocation("J1", 30, BigDecimal.ONE, 3),
                                        new QuotaResult.Allocation("J2", 10, BigDecimal.ONE, 1),
                                        new QuotaResult.Allocation("J3", 20, BigDecimal.ONE, 0))),
                        new QuotaResult.HighSchoolQuota("H2", 8, 0, List.of())),
                List.of(new QuotaResult.Admission("C1", "H1", Batch.QUOTA, "e".repeat(64))),
                List.of(
                        new QuotaResult.Cutoff("H1", Batch.GENERAL, null, new BigDecimal("612.5")),
                        new QuotaResult.Cutoff("H1", Batch.QUOTA, "J1", new BigDecimal("580"))),
                equity,
                EquitySummary.of(equity));
        var out = new StringWriter();
        QuotaResultJson.write(result, out);
        return JSON.readTree(out.toString());
    }

    @Test
    void theQuotaTableHasOneColumnPerHighSchoolWithQuotaSeatsAndTheRuralJuniorHighsFirst() {
        QuotaResultView view = QuotaResultView.of(document(), Map.of("H1", "First High", "J1", "Hill Junior"));

        assertThat(view.highSchools()).containsExactly(new QuotaResultView.HighSchoolColumn("H1", "First High", 10, 4));
        assertThat(view.juniors()).extracting(QuotaResultView.JuniorLine::code).containsExactly("J1", "J3", "J2");
        QuotaResultView.JuniorLine rural = view.juniors().getFirst();
        assertThat(rural.name()).isEqualTo("Hill Junior");
        assertThat(rural.quotaSeats()).containsExactly(3);
        assertThat(rural.change()).isEqualTo(3);
        assertThat(rural.rate()).isEqualTo(20.0);
        assertThat(rural.rateWithoutQuota()).isEqualTo(10.0);
        assertThat(view.juniors().get(1).quotaSeats()).containsExactly(0);
        assertThat(view.juniors().get(2).change()).isEqualTo(-1);
    }

    @Test
    void ruralAgainstUrbanIsPooledPerLocationAndTheSummaryIsTheDocuments() {
        QuotaResultView view = QuotaResultView.of(document(), Map.of());

        assertThat(view.locations())
                .containsExactly(
                        new QuotaResultView.LocationLine("RURAL", 1, 30, 20.0, 10.0),
                        new QuotaResultView.LocationLine("TOWN", 1, 20, 10.0, 10.0),
                        new QuotaResultView.LocationLine("URBAN", 1, 10, 40.0, 50.0));
        // Rural 6/30 against urban 4/10 with the quota seats, 3/30 against 5/10 without.
        assertThat(view.summary().ruralUrbanKeyRate()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(view.summary().ruralUrbanKeyRateWithoutQuota())
                .isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(view.cutoffs())
                .extracting(QuotaResultView.CutoffLine::batch, QuotaResultView.CutoffLine::juniorName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("GENERAL", null),
                        org.assertj.core.groups.Tuple.tuple("QUOTA", "J1"));
        assertThat(new BigDecimal(view.cutoffs().getFirst().lastScore())).isEqualByComparingTo("612.5");
    }

    @Test
    void theChartComparesEachJuniorHighWithoutAndWithQuotaSeats() {
        Map<String, Object> chart = QuotaResultView.of(document(), Map.of())
                .chart(Map.of("RURAL", "Rural", "TOWN", "Town", "URBAN", "Urban"));

        assertThat(chart)
                .containsEntry("kind", "quotaEquity")
                .containsEntry("categories", List.of("J1 · Rural", "J3 · Town", "J2 · Urban"))
                .containsEntry("before", List.of(10.0, 10.0, 50.0))
                .containsEntry("after", List.of(20.0, 10.0, 40.0));
    }
}
