package org.edubalance.planning.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edubalance.planning.admission.Rounds.number;

import org.edubalance.core.admission.AdmissionPolicy.TieBreak;
import org.edubalance.planning.lottery.LotteryV1;
import org.junit.jupiter.api.Test;

/** The document's keys, their order and the nulls of an unplaced child, written out by hand from the format. */
class AdmissionResultJsonTest {

    @Test
    void the_document_has_the_published_keys_in_order() {
        AdmissionResult result = new Rounds()
                .policy(Rounds.with(false, TieBreak.SINGLE))
                .school("X", 0, "Z1")
                .school("Y", 1, "Z1")
                .child("A2", "Z1")
                .child("A1", "Z1")
                .plan();
        String winner = Rounds.byNumber("A1", "A2").get(0);
        String commit = LotteryV1.commit(Rounds.INPUTS);
        String seed = LotteryV1.draw(commit, Rounds.PUBLIC_VALUE).seed();
        var inputs = new StringBuilder();
        Rounds.INPUTS.forEach(i -> inputs.append(inputs.isEmpty() ? "" : ",")
                .append('"')
                .append(i.name())
                .append("\":\"")
                .append(i.sha256())
                .append('"'));
        String a2 = winner.equals("A2")
                ? "{\"applicantId\":\"A2\",\"school\":\"Y\",\"choiceRank\":1,\"class\":\"HUKOU_AND_HOME\","
                        + "\"lotteryNumber\":\"" + number("A2") + "\"}"
                : "{\"applicantId\":\"A2\",\"school\":null,\"choiceRank\":null,\"class\":null," + "\"lotteryNumber\":\""
                        + number("A2") + "\"}";
        String a1 = winner.equals("A1")
                ? "{\"applicantId\":\"A1\",\"school\":\"Y\",\"choiceRank\":1,\"class\":\"HUKOU_AND_HOME\","
                        + "\"lotteryNumber\":\"" + number("A1") + "\"}"
                : "{\"applicantId\":\"A1\",\"school\":null,\"choiceRank\":null,\"class\":null," + "\"lotteryNumber\":\""
                        + number("A1") + "\"}";

        assertThat(AdmissionResultJson.write(result))
                .isEqualTo("{\"kind\":\"admission\",\"year\":2026,\"countyCode\":\"371002\",\"entryGrade\":\"G1\","
                        + "\"policy\":\"national\",\"lottery\":{\"algorithm\":\"edubalance-lottery-v1\","
                        + "\"tieBreak\":\"SINGLE\",\"inputs\":{" + inputs + "},\"commit\":\"" + commit + "\","
                        + "\"publicValue\":\"test draw\",\"seed\":\"" + seed + "\"},"
                        + "\"assignments\":[" + a2 + "," + a1 + "],"
                        + "\"schools\":[{\"code\":\"X\",\"seats\":0,\"admitted\":0,\"applicants\":0,"
                        + "\"lastAdmitted\":null},{\"code\":\"Y\",\"seats\":1,\"admitted\":1,\"applicants\":2,"
                        + "\"lastAdmitted\":{\"class\":\"HUKOU_AND_HOME\",\"lotteryNumber\":\"" + number(winner)
                        + "\"}}],"
                        + "\"summary\":{\"applicants\":2,\"placed\":1,\"unplaced\":1,\"firstChoice\":1,"
                        + "\"migrantApplicants\":0,\"migrantPlacedPublic\":0}}");
    }
}
