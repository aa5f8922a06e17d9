package org.edubalance.planning.quota;

import java.io.OutputStream;
import java.io.Writer;
import org.edubalance.core.json.JsonWriter;
import org.edubalance.planning.lottery.LotteryInput;
import org.edubalance.planning.lottery.LotteryV1;
import org.edubalance.planning.quota.QuotaResult.Admission;
import org.edubalance.planning.quota.QuotaResult.Allocation;
import org.edubalance.planning.quota.QuotaResult.Cutoff;
import org.edubalance.planning.quota.QuotaResult.HighSchoolQuota;
import org.edubalance.planning.quota.QuotaResult.JuniorEquity;

/**
 * Writes a {@link QuotaResult} as the JSON document of docs/planning/quota.md §6, keys in the documented order; the
 * decimals (scores, weights) exactly as the files wrote them, the equity summary as doubles (null when undefined).
 */
public final class QuotaResultJson {
    private QuotaResultJson() {}

    public static void write(QuotaResult result, OutputStream out) {
        write(result, new JsonWriter(out));
    }

    public static void write(QuotaResult result, Writer out) {
        write(result, new JsonWriter(out));
    }

    private static void write(QuotaResult r, JsonWriter json) {
        json.beginObject()
                .name("kind")
                .value("quota")
                .name("year")
                .value(r.year())
                .name("areaCode")
                .value(r.areaCode())
                .name("policy")
                .value(r.policy());
        json.name("lottery").beginObject().name("algorithm").value(LotteryV1.ALGORITHM);
        json.name("inputs").beginObject();
        for (LotteryInput input : r.lottery().inputs()) {
            json.name(input.name()).value(input.sha256());
        }
        json.endObject()
                .name("commit")
                .value(r.lottery().commit())
                .name("publicValue")
                .value(r.lottery().publicValue())
                .name("seed")
                .value(r.lottery().seed())
                .endObject();
        json.name("apportionment").beginArray();
        for (HighSchoolQuota q : r.apportionment()) {
            json.beginObject()
                    .name("highSchool")
                    .value(q.highSchool())
                    .name("seats")
                    .value(q.seats())
                    .name("quotaSeats")
                    .value(q.quotaSeats())
                    .name("allocations")
                    .beginArray();
            for (Allocation a : q.allocations()) {
                json.beginObject()
                        .name("juniorSchool")
                        .value(a.juniorSchool())
                        .name("candidates")
                        .value(a.candidates())
                        .name("weight")
                        .value(a.weight())
                        .name("seats")
                        .value(a.seats())
                        .endObject();
            }
            json.endArray().endObject();
        }
        json.endArray().name("admissions").beginArray();
        for (Admission a : r.admissions()) {
            json.beginObject()
                    .name("candidateId")
                    .value(a.candidateId())
                    .name("school")
                    .value(a.school())
                    .name("batch")
                    .value(a.batch() == null ? null : a.batch().name())
                    .name("lotteryNumber")
                    .value(a.lotteryNumber())
                    .endObject();
        }
        json.endArray().name("cutoffs").beginArray();
        for (Cutoff c : r.cutoffs()) {
            json.beginObject()
                    .name("school")
                    .value(c.school())
                    .name("batch")
                    .value(c.batch().name());
            if (c.juniorSchool() != null) {
                json.name("juniorSchool").value(c.juniorSchool());
            }
            json.name("lastScore").value(c.lastScore()).endObject();
        }
        json.endArray().name("equity").beginArray();
        for (JuniorEquity e : r.equity()) {
            json.beginObject()
                    .name("juniorSchool")
                    .value(e.juniorSchool())
                    .name("location")
                    .value(e.location().name())
                    .name("candidates")
                    .value(e.candidates())
                    .name("keyAdmitted")
                    .value(e.keyAdmitted())
                    .name("keyAdmittedWithoutQuota")
                    .value(e.keyAdmittedWithoutQuota())
                    .endObject();
        }
        EquitySummary s = r.equitySummary();
        json.endArray()
                .name("equitySummary")
                .beginObject()
                .name("keyRateCv")
                .nullableNumber(s.keyRateCv())
                .name("keyRateCvWithoutQuota")
                .nullableNumber(s.keyRateCvWithoutQuota())
                .name("ruralUrbanKeyRate")
                .nullableNumber(s.ruralUrbanKeyRate())
                .name("ruralUrbanKeyRateWithoutQuota")
                .nullableNumber(s.ruralUrbanKeyRateWithoutQuota())
                .endObject()
                .endObject();
        json.flush();
    }
}
