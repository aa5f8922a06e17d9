package org.edubalance.benchmark.groups;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.IndicatorScore;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.evaluation.SegmentSplitter;
import org.edubalance.core.pairing.GroupPolicy;
import org.edubalance.core.region.County;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.school.SharedAssets;
import org.edubalance.core.school.SupplementaryFigures;
import org.edubalance.core.standard.Standard;
import org.edubalance.core.standard.StandardCatalogue;
import org.edubalance.planning.groups.GroupPlan;
import org.edubalance.planning.groups.GroupPlanChecker;
import org.edubalance.planning.groups.GroupPlanner;

/**
 * One seeded school-group instance (docs/planning/groups.md §6): {@code cores} core and {@code members} other primary
 * segments placed uniformly in a square of {@code sideKm}, core strengths uniform in [1.3, 1.9), the others in
 * [0.6, 1.6), the national group limits (2 to 8, mean strength ≥ 1.0, 30 km). Times one {@link GroupPlanner#plan}
 * (the first in the process: loading OR-Tools' native library included), checks the plan with the independent checker
 * and prints one line of figures.
 *
 * <p>Arguments: cores members sideKm seed timeLimitSeconds
 */
public final class GroupBenchmark {
    private static final Standard STANDARD = StandardCatalogue.load("cn-2017-quality");
    private static final County COUNTY = new County(new RegionCode("720101"), "示范区", "示范市", "示范省");
    private static final GroupPolicy NATIONAL = new GroupPolicy("national", 2, 8, 1.0, 30);

    private GroupBenchmark() {}

    public static void main(String[] args) {
        int cores = Integer.parseInt(args[0]);
        int members = Integer.parseInt(args[1]);
        double side = Double.parseDouble(args[2]);
        Random random = new Random(Long.parseLong(args[3]));
        Duration limit = Duration.ofSeconds(Long.parseLong(args[4]));
        List<SchoolEvaluation> schools = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (int i = 0; i < cores + members; i++) {
            double lat = 36.0 + random.nextDouble() * side / 111.195;
            double lon = 120.0 + random.nextDouble() * side / (111.195 * Math.cos(Math.toRadians(36.0)));
            String code = String.format(Locale.ROOT, "72010%05d", i);
            double strength = i < cores ? 1.3 + 0.6 * random.nextDouble() : 0.6 + random.nextDouble();
            if (i < cores) {
                named.add(code);
            }
            schools.add(segment(code, strength, lat, lon));
        }
        Evaluation evaluation = new Evaluation(STANDARD, 2025, List.of(), schools, List.of());
        long start = System.nanoTime();
        GroupPlan plan =
                new GroupPlanner(NATIONAL, limit).plan(evaluation, COUNTY.code().value(), named);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> problems = GroupPlanChecker.check(plan, evaluation, NATIONAL, named);
        GroupPlan.Summary s = plan.summary();
        System.out.printf(
                Locale.ROOT,
                "{\"cores\":%d,\"members\":%d,\"placed\":%d,\"totalKm\":%.3f,\"status\":\"%s\",\"bound\":%.3f,"
                        + "\"gap\":%.6f,\"seconds\":%.3f,\"checked\":%s}%n",
                s.cores(),
                s.members(),
                s.placed(),
                s.totalKm(),
                s.status(),
                s.bound(),
                s.gap(),
                seconds,
                problems.isEmpty() ? "true" : "\"" + problems.getFirst() + "\"");
    }

    /** A public primary segment whose seven ratios all equal {@code strength}. */
    private static SchoolEvaluation segment(String code, double strength, double lat, double lon) {
        SchoolYear school = new SchoolYear(
                2025,
                COUNTY,
                "城关街道",
                new SchoolCode(code),
                "学校" + code,
                SchoolType.PRIMARY,
                Location.URBAN,
                Ownership.PUBLIC,
                new GeoPoint(lat, lon),
                new SegmentFigures(400, 10, 30, 30, 30, 30, 30),
                SegmentFigures.NONE,
                0,
                new SharedAssets(0, 0, 0, 0, 0, 0, 0),
                SupplementaryFigures.NONE);
        var part = new SegmentSplitter(STANDARD.split()).split(school).getFirst();
        List<IndicatorScore> scores = new ArrayList<>();
        for (int k = 0; k < 7; k++) {
            scores.add(new IndicatorScore("i" + k, strength * 10, 10, strength, strength >= 1));
        }
        return new SchoolEvaluation(part, scores, 7, true);
    }
}
