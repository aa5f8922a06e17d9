package org.edubalance.benchmark.pairing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.IndicatorScore;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.evaluation.SegmentSplitter;
import org.edubalance.core.pairing.PairingPolicy;
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
import org.edubalance.planning.pairing.PairingPlan;
import org.edubalance.planning.pairing.PairingPlanChecker;
import org.edubalance.planning.pairing.PairingPlanner;

/**
 * One seeded pairing instance (benchmark/scripts/pairing_vs_networkx.py): {@code mentors} strong and {@code mentees}
 * weak primary segments placed uniformly in a square of {@code sideKm}, the national policy (3 mentees a mentor, 30
 * km). Writes the instance (codes and positions) for the peer, times {@link PairingPlanner#plan} in this process —
 * the first call (OR-Tools' native library loaded) and the median of the calls after a warm-up — checks the plan with
 * the independent checker and prints one line of figures.
 *
 * <p>Arguments: mentors mentees sideKm seed instance.json runs
 */
public final class PairingBenchmark {
    private static final Standard STANDARD = StandardCatalogue.load("cn-2017-quality");
    private static final County COUNTY = new County(new RegionCode("720101"), "示范区", "示范市", "示范省");
    private static final PairingPolicy NATIONAL = new PairingPolicy("national", 1.2, 1.05, 3, 30, false);

    private PairingBenchmark() {}

    public static void main(String[] args) throws IOException {
        int mentors = Integer.parseInt(args[0]);
        int mentees = Integer.parseInt(args[1]);
        double side = Double.parseDouble(args[2]);
        long seed = Long.parseLong(args[3]);
        Path out = Path.of(args[4]);
        int runs = Integer.parseInt(args[5]);
        Random random = new Random(seed);
        List<SchoolEvaluation> schools = new ArrayList<>();
        StringBuilder json = new StringBuilder("{\"maxMenteesPerMentor\":3,\"maxDistanceKm\":30,\"mentors\":[");
        for (int i = 0; i < mentors + mentees; i++) {
            boolean mentor = i < mentors;
            if (i == mentors) {
                json.setLength(json.length() - (mentors > 0 ? 1 : 0));
                json.append("],\"mentees\":[");
            }
            double lat = 36.0 + random.nextDouble() * side / 111.195;
            double lon = 120.0 + random.nextDouble() * side / (111.195 * Math.cos(Math.toRadians(36.0)));
            String code = String.format(Locale.ROOT, "72010%05d", i);
            schools.add(segment(code, mentor, lat, lon));
            // Double.toString is the shortest text that reads back as the same double: the peer gets our exact
            // positions.
            json.append("{\"code\":\"" + code + "\",\"lat\":" + lat + ",\"lon\":" + lon + "},");
        }
        json.setLength(json.length() - 1);
        json.append("]}");
        Files.writeString(out, json, StandardCharsets.UTF_8);
        Evaluation evaluation = new Evaluation(STANDARD, 2025, List.of(), schools, List.of());
        PairingPlanner planner = new PairingPlanner(NATIONAL);
        long start = System.nanoTime();
        PairingPlan plan = planner.plan(evaluation, COUNTY.code().value());
        double cold = (System.nanoTime() - start) / 1e6;
        long[] times = new long[runs];
        for (int r = 0; r < runs + 10; r++) {
            long t = System.nanoTime();
            PairingPlan again = planner.plan(evaluation, COUNTY.code().value());
            if (r >= 10) {
                times[r - 10] = System.nanoTime() - t;
            }
            if (again.summary().paired() != plan.summary().paired()) {
                throw new IllegalStateException("Two runs differ");
            }
        }
        Arrays.sort(times);
        long checkStart = System.nanoTime();
        List<String> problems = PairingPlanChecker.check(plan, evaluation, NATIONAL);
        double checkMs = (System.nanoTime() - checkStart) / 1e6;
        long metres =
                plan.pairs().stream().mapToLong(p -> Math.round(p.km() * 1000)).sum();
        System.out.printf(
                Locale.ROOT,
                "{\"mentors\":%d,\"mentees\":%d,\"paired\":%d,\"metres\":%d,\"status\":\"%s\",\"firstMs\":%.3f,"
                        + "\"medianMs\":%.3f,\"minMs\":%.3f,\"maxMs\":%.3f,\"checked\":%s,\"checkMs\":%.1f}%n",
                plan.summary().mentors(),
                plan.summary().mentees(),
                plan.summary().paired(),
                metres,
                plan.summary().status(),
                cold,
                times[runs / 2] / 1e6,
                times[0] / 1e6,
                times[runs - 1] / 1e6,
                problems.isEmpty(),
                checkMs);
    }

    /** A public primary segment: mentors at 1.5 times the standard on every indicator, mentees at 0.8 and failing. */
    private static SchoolEvaluation segment(String code, boolean mentor, double lat, double lon) {
        SchoolYear school = new SchoolYear(
                2025,
                COUNTY,
                "城关街道",
                new SchoolCode(code),
                "学校" + code,
                SchoolType.PRIMARY,
                mentor ? Location.URBAN : Location.RURAL,
                Ownership.PUBLIC,
                new GeoPoint(lat, lon),
                new SegmentFigures(400, 10, 30, 30, 30, 30, 30),
                SegmentFigures.NONE,
                0,
                new SharedAssets(0, 0, 0, 0, 0, 0, 0),
                SupplementaryFigures.NONE);
        var part = new SegmentSplitter(STANDARD.split()).split(school).getFirst();
        double strength = mentor ? 1.5 : 0.8;
        List<IndicatorScore> scores = new ArrayList<>();
        for (int k = 0; k < 7; k++) {
            scores.add(new IndicatorScore("i" + k, strength * 10, 10, strength, mentor));
        }
        return new SchoolEvaluation(part, scores, mentor ? 7 : 0, mentor);
    }
}
