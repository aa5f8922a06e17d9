package org.edubalance.planning.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.edubalance.core.quota.ApportionmentMethod;
import org.edubalance.core.quota.Tier;
import org.edubalance.core.school.Location;
import org.edubalance.planning.lottery.LotteryInput;
import org.edubalance.planning.lottery.LotteryV1;
import org.junit.jupiter.api.Test;

/** The result document's keys, their order and their values (docs/planning/quota.md §6) on a round worked by hand. */
class QuotaResultJsonTest {

    @Test
    void theDocumentOfASmallRound() {
        // H: 2 seats, share 0.5 → Q = 1, all to J (rural, weight 1.0). c1 610 asks H by quota → QUOTA; c2 600 lists H
        // → the 2 − 1 = 1 general seat. Cut-offs: H GENERAL 600, H QUOTA J 610. Without quotas c1 (no general
        // choices) is unplaced: keyAdmitted 2, without 1. Rates 1 and 1/2, one junior high: CV 0 both; no urban
        // junior high: no ratio.
        QuotaResult result = new RoundFixture()
                .high("H", 2, "0.5", null, Tier.KEY)
                .junior("J", Location.RURAL)
                .candidate("c1", "J", "610", "H")
                .candidate("c2", "J", "600.0", null, "H")
                .plan(RoundFixture.policy(ApportionmentMethod.WEBSTER));
        var out = new StringWriter();
        QuotaResultJson.write(result, out);
        LotteryV1.Draw draw = RoundFixture.draw();
        var inputs = new StringBuilder();
        for (LotteryInput input : RoundFixture.INPUTS) {
            inputs.append(inputs.isEmpty() ? "" : ",")
                    .append('"')
                    .append(input.name())
                    .append("\":\"")
                    .append(input.sha256())
                    .append('"');
        }
        String expected = "{\"kind\":\"quota\",\"year\":2026,\"areaCode\":\"371000\",\"policy\":\"national\","
                + "\"lottery\":{\"algorithm\":\"edubalance-lottery-v1\",\"inputs\":{" + inputs + "},"
                + "\"commit\":\"" + draw.commit() + "\",\"publicValue\":\"" + RoundFixture.PUBLIC_VALUE + "\","
                + "\"seed\":\"" + draw.seed() + "\"},"
                + "\"apportionment\":[{\"highSchool\":\"H\",\"seats\":2,\"quotaSeats\":1,\"allocations\":["
                + "{\"juniorSchool\":\"J\",\"candidates\":2,\"weight\":1.0,\"seats\":1}]}],"
                + "\"admissions\":["
                + "{\"candidateId\":\"c1\",\"school\":\"H\",\"batch\":\"QUOTA\",\"lotteryNumber\":\""
                + draw.number("c1") + "\"},"
                + "{\"candidateId\":\"c2\",\"school\":\"H\",\"batch\":\"GENERAL\",\"lotteryNumber\":\""
                + draw.number("c2") + "\"}],"
                + "\"cutoffs\":[{\"school\":\"H\",\"batch\":\"GENERAL\",\"lastScore\":600.0},"
                + "{\"school\":\"H\",\"batch\":\"QUOTA\",\"juniorSchool\":\"J\",\"lastScore\":610}],"
                + "\"equity\":[{\"juniorSchool\":\"J\",\"location\":\"RURAL\",\"candidates\":2,\"keyAdmitted\":2,"
                + "\"keyAdmittedWithoutQuota\":1}],"
                + "\"equitySummary\":{\"keyRateCv\":0,\"keyRateCvWithoutQuota\":0,\"ruralUrbanKeyRate\":null,"
                + "\"ruralUrbanKeyRateWithoutQuota\":null}}";
        assertThat(out.toString()).isEqualTo(expected);
    }

    @Test
    void anUnplacedCandidateHasNullSchoolAndBatch() {
        QuotaResult result = new RoundFixture()
                .high("H", 0, "0", null, Tier.KEY)
                .junior("J", Location.URBAN)
                .candidate("c1", "J", "610", null, "H")
                .plan(RoundFixture.policy(ApportionmentMethod.WEBSTER));
        var out = new StringWriter();
        QuotaResultJson.write(result, out);
        assertThat(out.toString()).contains("{\"candidateId\":\"c1\",\"school\":null,\"batch\":null,");
        assertThat(out.toString()).contains("\"apportionment\":[],").contains("\"cutoffs\":[],");
    }
}
