package org.edubalance.benchmark.rotation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.edubalance.core.rotation.Direction;
import org.edubalance.core.rotation.RotationPolicy;
import org.edubalance.core.rotation.TeacherIndicator;
import org.edubalance.core.school.Segment;
import org.edubalance.planning.SolveSettings;
import org.edubalance.planning.rotation.Move;
import org.edubalance.planning.rotation.PlanCheck;
import org.edubalance.planning.rotation.RotationMipPlanner;
import org.edubalance.planning.rotation.RotationPlan;
import org.edubalance.planning.rotation.RotationPlanChecker;
import org.edubalance.planning.rotation.RotationProblem;
import org.edubalance.planning.rotation.RotationProblemFactory;
import org.edubalance.planning.rotation.RotationSearchPlanner;

/**
 * One benchmark run: builds a seeded instance, writes its model as MPS for the outside peer (HiGHS), solves it with
 * our planner within the time limit, re-checks the plan independently and prints one JSON line of figures. Driven by
 * {@code benchmark/scripts/rotation_vs_highs.py}, which solves the same MPS with HiGHS in the same run.
 *
 * <p>Usage: {@code RotationBenchmark county|city RADIUS_KM SECONDS SEED OUT_DIR [exact|search|auto]}; {@code auto}, the
 * default, is the CLI's choice: the exact model where it fits ({@link RotationMipPlanner#fits}), else the search.
 */
public final class RotationBenchmark {
    private RotationBenchmark() {}

    public static void main(String[] args) throws IOException {
        String scale = args[0];
        double radiusKm = Double.parseDouble(args[1]);
        long seconds = Long.parseLong(args[2]);
        long seed = Long.parseLong(args[3]);
        Path out = Path.of(args[4]);
        String solver = args.length > 5 ? args[5] : "auto";
        RotationInstances instance =
                scale.equals("city") ? RotationInstances.city(seed) : RotationInstances.county(seed);
        RotationPolicy policy = policy(radiusKm);
        RotationProblem problem = new RotationProblemFactory(policy)
                .create(
                        instance.schools(),
                        instance.teachers(),
                        RotationInstances.COUNTY,
                        RotationInstances.YEAR,
                        Map.of(),
                        Map.of());
        var planner = new RotationMipPlanner();
        Files.createDirectories(out);
        Files.writeString(out.resolve("model.mps"), planner.exportMps(problem), StandardCharsets.UTF_8);
        var settings = new SolveSettings(Duration.ofSeconds(seconds), 2);
        boolean exact = solver.equals("exact") || solver.equals("auto") && RotationMipPlanner.fits(problem);
        RotationPlan plan =
                exact ? planner.solve(problem, settings) : new RotationSearchPlanner().solve(problem, settings);
        PlanCheck check = new RotationPlanChecker(policy)
                .check(
                        instance.schools(),
                        instance.teachers(),
                        RotationInstances.COUNTY,
                        RotationInstances.YEAR,
                        plan.moves(),
                        Map.of(),
                        Map.of());
        double commute = plan.moves().stream().mapToDouble(Move::distanceKm).sum();
        PrintStream stdout =
                new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        stdout.printf(
                Locale.ROOT,
                "{\"scale\":\"%s\",\"radiusKm\":%.1f,\"schools\":%d,\"teachers\":%d,\"eligible\":%d,\"binaries\":%d,"
                        + "\"solver\":\"%s\",\"status\":\"%s\",\"objective\":%.9g,\"bound\":%.9g,\"gap\":%.6g,\"seconds\":%.2f,"
                        + "\"balance\":%.9g,\"movers\":%d,\"minimumMovers\":%d,\"commuteKm\":%.1f,\"valid\":%b,\"cv\":%s}%n",
                scale,
                radiusKm,
                instance.schools().size(),
                instance.teachers().size(),
                problem.eligible().size(),
                RotationMipPlanner.binaries(problem),
                plan.solver(),
                plan.status(),
                plan.objective(),
                plan.bound(),
                plan.gap(),
                plan.elapsed().toMillis() / 1000.0,
                plan.balance(),
                plan.moves().size(),
                problem.minimumMovers(),
                commute,
                check.isValid(),
                cvs(check));
    }

    /** The national rules with the benchmark's commute radius. */
    static RotationPolicy policy(double radiusKm) {
        return new RotationPolicy(
                "national",
                6,
                6,
                Map.of(),
                0.10,
                0.20,
                false,
                radiusKm,
                0.15,
                Direction.ANY,
                true,
                Map.of(
                        TeacherIndicator.ABOVE_DEGREE,
                        1.0,
                        TeacherIndicator.BACKBONE,
                        1.0,
                        TeacherIndicator.PE_ARTS,
                        1.0,
                        TeacherIndicator.MID_SENIOR_TITLE,
                        1.0),
                0.002,
                null);
    }

    /** {"PRIMARY":{"backbone_teachers_per100":[before,after],…},…} */
    private static String cvs(PlanCheck check) {
        var json = new StringBuilder("{");
        for (Segment segment : Segment.values()) {
            if (check.cvBefore().get(segment) == null) {
                continue;
            }
            json.append(json.length() > 1 ? "," : "")
                    .append('"')
                    .append(segment.name())
                    .append("\":{");
            boolean first = true;
            for (TeacherIndicator m : TeacherIndicator.values()) {
                json.append(first ? "" : ",")
                        .append(String.format(
                                Locale.ROOT,
                                "\"%s\":[%.4f,%.4f]",
                                m.id(),
                                check.cvBefore().get(segment).get(m),
                                check.cvAfter().get(segment).get(m)));
                first = false;
            }
            json.append('}');
        }
        return json.append('}').toString();
    }
}
