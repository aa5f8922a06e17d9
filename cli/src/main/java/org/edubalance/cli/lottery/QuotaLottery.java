package org.edubalance.cli.lottery;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.edubalance.cli.BadInputException;
import org.edubalance.cli.ExitCodes;
import org.edubalance.core.json.JsonReader;
import org.edubalance.dataimport.ImportRejectedException;
import org.edubalance.dataimport.policy.InvalidPolicyException;
import org.edubalance.dataimport.quota.CandidateImporter;
import org.edubalance.dataimport.quota.HighSchoolImporter;
import org.edubalance.dataimport.school.SchoolImporter;
import org.edubalance.planning.PlanningProblemInvalidException;
import org.edubalance.planning.lottery.LotteryInput;
import org.edubalance.planning.lottery.LotteryV1;
import org.edubalance.planning.quota.QuotaPlanner;
import org.edubalance.planning.quota.QuotaResult;
import org.edubalance.planning.quota.QuotaResult.Admission;
import org.edubalance.planning.quota.QuotaResult.Allocation;
import org.edubalance.planning.quota.QuotaResult.HighSchoolQuota;
import org.jspecify.annotations.Nullable;

/**
 * The quota kind of {@code edubalance lottery commit|verify} (docs/planning/quota.md §6, docs/planning/lottery.md):
 * the commit of a round's four inputs ({@code schools}, {@code high_schools}, {@code candidates}, {@code policy})
 * before the draw, and the verification of a published result: the inputs' hashes, the commit, the seed, every
 * candidate's lottery number and admission, and every quota allocation recomputed from the files and the result's
 * public value.
 */
public final class QuotaLottery {
    private QuotaLottery() {}

    /** The inputs' hashes in the commit's order and the commit. */
    public record Commitment(List<LotteryInput> inputs, String commit) {
        public Commitment {
            inputs = List.copyOf(inputs);
        }

        /** One line {@code name=hex} per input, then {@code commit=hex}: what {@code lottery commit} prints. */
        public String text() {
            var text = new StringBuilder();
            inputs.forEach(
                    i -> text.append(i.name()).append('=').append(i.sha256()).append('\n'));
            return text.append("commit=").append(commit).append('\n').toString();
        }
    }

    /**
     * The commit of the files, after checking that they import without error (a round is never committed on files
     * that would be refused at the draw).
     *
     * @throws ImportRejectedException or {@link InvalidPolicyException} on bad input (exit 2)
     */
    public static Commitment commit(Path schools, Path highSchools, Path candidates, String policy) {
        org.edubalance.dataimport.policy.QuotaPolicyReader.load(policy);
        var schoolRows = new SchoolImporter().importFile(schools).schools();
        var highs = new HighSchoolImporter().importFile(highSchools).highSchools();
        new CandidateImporter().importFile(candidates, highs, schoolRows);
        List<LotteryInput> inputs = new QuotaInputs(schools, highSchools, candidates, policy, null, null).hashes();
        return new Commitment(inputs, LotteryV1.commit(inputs));
    }

    /**
     * Verifies {@code result} against the files: 0 when everything reproduces, 1 naming the first difference on
     * {@code out} (e.g. {@code C0007: school H01 in the result, H02 recomputed}), 2 on bad input (on {@code err}).
     * The year and area default to the result's own.
     */
    public static int verify(
            Path result,
            Path schools,
            Path highSchools,
            Path candidates,
            String policy,
            @Nullable String area,
            @Nullable Integer year,
            PrintWriter out,
            PrintWriter err) {
        try {
            Map<String, @Nullable Object> published = read(result);
            if (!"quota".equals(published.get("kind"))) {
                throw new BadInputException(result + ": kind " + published.get("kind")
                        + ", not a quota result. Maybe verify it with --kind admission.");
            }
            Map<String, @Nullable Object> lottery = map(published.get("lottery"), "lottery");
            String publicValue = text(lottery.get("publicValue"), "lottery.publicValue");
            int resultYear = whole(published.get("year"), "year");
            String resultArea = text(published.get("areaCode"), "areaCode");
            var loaded = new QuotaInputs(
                            schools,
                            highSchools,
                            candidates,
                            policy,
                            area != null ? area : resultArea,
                            year != null ? year : resultYear)
                    .load(err);
            QuotaResult recomputed = QuotaPlanner.plan(loaded.round(), loaded.policy(), loaded.inputs(), publicValue);
            String difference = firstDifference(published, lottery, recomputed);
            if (difference != null) {
                out.println(difference);
                out.flush();
                return ExitCodes.FAILURE;
            }
            out.println("Reproduced: commit " + recomputed.lottery().commit() + ", seed "
                    + recomputed.lottery().seed()
                    + ", " + recomputed.admissions().size() + " candidates, "
                    + recomputed.apportionment().size()
                    + " quotas.");
            out.flush();
            return ExitCodes.OK;
            // A rejected import goes on to ErrorReporter, which prints it in the command's --lang (exit 2 as here).
        } catch (BadInputException
                | InvalidPolicyException
                | PlanningProblemInvalidException
                | IllegalArgumentException e) {
            err.println(e.getMessage());
        }
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    private static @Nullable String firstDifference(
            Map<String, @Nullable Object> published, Map<String, @Nullable Object> lottery, QuotaResult recomputed) {
        var draw = recomputed.lottery();
        Map<String, @Nullable Object> inputs = map(lottery.get("inputs"), "lottery.inputs");
        for (LotteryInput input : draw.inputs()) {
            Object hash = inputs.get(input.name());
            if (!input.sha256().equals(hash)) {
                return "input " + input.name() + ": hash " + hash + " in the result, " + input.sha256() + " recomputed";
            }
        }
        if (!draw.commit().equals(lottery.get("commit"))) {
            return "commit: " + lottery.get("commit") + " in the result, " + draw.commit() + " recomputed";
        }
        if (!draw.seed().equals(lottery.get("seed"))) {
            return "seed: " + lottery.get("seed") + " in the result, " + draw.seed() + " recomputed";
        }
        List<@Nullable Object> admissions = list(published.get("admissions"), "admissions");
        List<Admission> expected = recomputed.admissions();
        for (int i = 0; i < Math.min(admissions.size(), expected.size()); i++) {
            Map<String, @Nullable Object> a = map(admissions.get(i), "admissions[" + i + "]");
            Admission e = expected.get(i);
            String id = e.candidateId();
            if (!id.equals(a.get("candidateId"))) {
                return "admissions[" + i + "]: candidate " + a.get("candidateId") + " in the result, " + id
                        + " recomputed";
            }
            String field = differingField(a, e);
            if (field != null) {
                return id + ": " + field;
            }
        }
        if (admissions.size() != expected.size()) {
            return "admissions: " + admissions.size() + " in the result, " + expected.size() + " recomputed";
        }
        return apportionmentDifference(list(published.get("apportionment"), "apportionment"), recomputed);
    }

    private static @Nullable String differingField(Map<String, @Nullable Object> a, Admission e) {
        String batch = e.batch() == null ? null : e.batch().name();
        if (!Objects.equals(a.get("lotteryNumber"), e.lotteryNumber())) {
            return "lotteryNumber " + a.get("lotteryNumber") + " in the result, " + e.lotteryNumber() + " recomputed";
        }
        if (!Objects.equals(a.get("school"), e.school())) {
            return "school " + a.get("school") + " in the result, " + e.school() + " recomputed";
        }
        if (!Objects.equals(a.get("batch"), batch)) {
            return "batch " + a.get("batch") + " in the result, " + batch + " recomputed";
        }
        return null;
    }

    private static @Nullable String apportionmentDifference(List<@Nullable Object> published, QuotaResult recomputed) {
        if (published.size() != recomputed.apportionment().size()) {
            return "apportionment: " + published.size() + " high schools in the result, "
                    + recomputed.apportionment().size() + " recomputed";
        }
        for (int h = 0; h < published.size(); h++) {
            Map<String, @Nullable Object> p = map(published.get(h), "apportionment[" + h + "]");
            HighSchoolQuota q = recomputed.apportionment().get(h);
            List<@Nullable Object> allocations = list(p.get("allocations"), "allocations");
            if (!q.highSchool().equals(p.get("highSchool"))
                    || allocations.size() != q.allocations().size()) {
                return "apportionment[" + h + "]: " + p.get("highSchool") + " in the result, " + q.highSchool()
                        + " recomputed";
            }
            for (int j = 0; j < allocations.size(); j++) {
                Map<String, @Nullable Object> a = map(allocations.get(j), "allocations[" + j + "]");
                Allocation e = q.allocations().get(j);
                Object seats = a.get("seats");
                if (!e.juniorSchool().equals(a.get("juniorSchool"))
                        || !(seats instanceof BigDecimal s && s.compareTo(BigDecimal.valueOf(e.seats())) == 0)) {
                    return q.highSchool() + "/" + e.juniorSchool() + ": seats " + seats + " in the result, " + e.seats()
                            + " recomputed";
                }
            }
        }
        return null;
    }

    private static Map<String, @Nullable Object> read(Path result) {
        try {
            return map(JsonReader.parse(Files.readString(result, StandardCharsets.UTF_8)), "the document");
        } catch (IOException e) {
            throw new BadInputException(result + ": cannot be read (" + e.getMessage() + ").");
        } catch (IllegalArgumentException e) {
            throw new BadInputException(result + ": " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, @Nullable Object> map(@Nullable Object value, String what) {
        if (value instanceof Map<?, ?> m) {
            return (Map<String, @Nullable Object>) m;
        }
        throw new BadInputException("The result's " + what + " is not an object. Maybe it is not a quota result.");
    }

    @SuppressWarnings("unchecked")
    private static List<@Nullable Object> list(@Nullable Object value, String what) {
        if (value instanceof List<?> l) {
            return (List<@Nullable Object>) l;
        }
        throw new BadInputException("The result's " + what + " is not a list. Maybe it is not a quota result.");
    }

    private static String text(@Nullable Object value, String what) {
        if (value instanceof String s) {
            return s;
        }
        throw new BadInputException("The result's " + what + " is not a text. Maybe it is not a quota result.");
    }

    private static int whole(@Nullable Object value, String what) {
        if (value instanceof BigDecimal d) {
            try {
                return d.intValueExact();
            } catch (ArithmeticException e) {
                // reported below
            }
        }
        throw new BadInputException("The result's " + what + " is not a whole number. Maybe it is not a quota result.");
    }
}
