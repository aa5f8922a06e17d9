package org.edubalance.benchmark.zoning;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.zoning.Block;
import org.edubalance.core.zoning.ZoningArea;
import org.edubalance.core.zoning.ZoningPins;
import org.edubalance.core.zoning.ZoningSchool;
import org.edubalance.planning.PlanningOutcome;
import org.edubalance.planning.SolveListener;
import org.edubalance.planning.SolveSettings;
import org.edubalance.planning.zoning.ZoningPlan;
import org.edubalance.planning.zoning.ZoningPlanner;
import org.jspecify.annotations.Nullable;

/**
 * One zoning benchmark run (issue 12): builds a seeded area ({@link ZoningInstances}), writes the textbook exact model
 * ({@link ZoningFlowModel}) as MPS for the outside peer, zones the area with our planner ({@link ZoningPlanner}, the
 * facade the command line uses) within the time limit on two threads, re-checks the plan ({@link PlanRecheck}) and
 * prints one JSON line of figures. For the county it then pins a border block of that plan to the neighbouring
 * school, writes that model too ({@code model-pin.mps}) and re-solves from the plan, printing a second line. Driven by
 * {@code benchmark/scripts/zoning_vs_highs.py}, which solves the same MPS files with HiGHS.
 *
 * <p>Usage: {@code ZoningBenchmark county|city SECONDS SEED OUT_DIR [auto|exact|search] [PIN_SECONDS] [NEAREST]};
 * PIN_SECONDS (default 5; 0: no pin case) is the re-solve's limit; NEAREST (default 0 for the county, 8 for the city)
 * restricts the MPS (only) to each block's NEAREST nearest schools, since the city's full model (3 million binaries,
 * 12 million flows) is too big to write.
 */
public final class ZoningBenchmark {
    private static final PrintStream OUT =
            new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);

    private ZoningBenchmark() {}

    public static void main(String[] args) throws IOException {
        String scale = args[0];
        long seconds = Long.parseLong(args[1]);
        long seed = Long.parseLong(args[2]);
        Path out = Path.of(args[3]);
        ZoningPlanner.Method method =
                ZoningPlanner.Method.valueOf((args.length > 4 ? args[4] : "auto").toUpperCase(Locale.ROOT));
        long pinSeconds = args.length > 5 ? Long.parseLong(args[5]) : 5;
        boolean city = scale.equals("city");
        int nearest = args.length > 6 ? Integer.parseInt(args[6]) : city ? 8 : 0;
        ZoningArea area = city ? ZoningInstances.city(seed) : ZoningInstances.county(seed);
        Files.createDirectories(out);
        String model = writeModel(area, ZoningPins.NONE, nearest, out.resolve("model.mps"));
        Run run = solve(area, ZoningPins.NONE, seconds, method, null);
        OUT.println("{\"case\":\"" + scale + "\"," + model + "," + run.json() + "}");
        if (city || pinSeconds <= 0) {
            return;
        }
        Map<String, SchoolCode> previous = run.plan() != null ? run.plan() : nearestSchool(area);
        String[] pin = borderBlock(area, previous, seed);
        ZoningPins pins = ZoningPins.NONE.withPin(pin[0], new SchoolCode(pin[2]));
        String pinModel = writeModel(area, pins, nearest, out.resolve("model-pin.mps"));
        Run again = solve(area, pins, pinSeconds, method, run.plan());
        OUT.println("{\"case\":\"county-pin\",\"pin\":{\"block\":\"" + pin[0] + "\",\"from\":\"" + pin[1]
                + "\",\"to\":\"" + pin[2] + "\",\"startFromPlan\":" + (run.plan() != null) + "}," + pinModel + ","
                + again.json() + "}");
    }

    private static String writeModel(ZoningArea area, ZoningPins pins, int nearest, Path file) throws IOException {
        long start = System.nanoTime();
        try (ZoningFlowModel model = ZoningFlowModel.build(area, pins, nearest)) {
            String mps = model.exportMps();
            Files.writeString(file, mps, StandardCharsets.UTF_8);
            return String.format(
                    Locale.ROOT,
                    "\"blocks\":%d,\"schools\":%d,\"pairs\":%d,\"nearest\":%d,\"binaries\":%d,\"flows\":%d,\"rows\":%d,"
                            + "\"mps\":\"%s\",\"mpsBytes\":%d,\"modelSeconds\":%.2f",
                    area.blocks().size(),
                    area.schools().size(),
                    area.adjacency().pairCount(),
                    nearest,
                    model.binaries(),
                    model.flows(),
                    model.rows(),
                    file,
                    Files.size(file),
                    (System.nanoTime() - start) / 1e9);
        }
    }

    /** Our planner's run: its plan (null without one) and the figures as JSON members. */
    private record Run(@Nullable Map<String, SchoolCode> plan, String json) {}

    private static Run solve(
            ZoningArea area,
            ZoningPins pins,
            long seconds,
            ZoningPlanner.Method method,
            @Nullable Map<String, SchoolCode> start) {
        var settings = new SolveSettings(Duration.ofSeconds(seconds), 2);
        long began = System.nanoTime();
        ZoningPlan plan;
        try {
            plan = ZoningPlanner.plan(area, pins, settings, method, start, SolveListener.IGNORE);
        } catch (UnsupportedOperationException notYet) {
            return new Run(
                    null, "\"status\":\"NOT_AVAILABLE\",\"note\":" + quoted(String.valueOf(notYet.getMessage())));
        } catch (RuntimeException refused) {
            return new Run(
                    null,
                    "\"status\":\"REFUSED\",\"note\":"
                            + quoted(refused.getClass().getSimpleName() + ": " + refused.getMessage()));
        }
        double wall = (System.nanoTime() - began) / 1e9;
        PlanningOutcome outcome = plan.outcome();
        Map<String, SchoolCode> assignment = plan.schoolOfBlock();
        PlanRecheck recheck = PlanRecheck.of(area, assignment, pins);
        return new Run(
                assignment,
                String.format(
                        Locale.ROOT,
                        "\"solver\":%s,\"status\":\"%s\",\"objective\":%s,\"bound\":%s,\"gap\":%s,\"seconds\":%.2f,"
                                + "\"wallSeconds\":%.2f,\"objectiveRecomputed\":%.6f,\"checks\":{\"complete\":%b,"
                                + "\"capacity\":%b,\"contiguity\":%b,\"distance\":%b},\"recheck\":{\"complete\":%b,"
                                + "\"capacity\":%b,\"contiguity\":%b,\"pins\":%b}",
                        quoted(outcome.solver()),
                        outcome.status(),
                        number(outcome.objective()),
                        number(outcome.bound()),
                        number(outcome.gap()),
                        outcome.seconds(),
                        wall,
                        ZoningFlowModel.objective(area, assignment),
                        plan.checks().complete(),
                        plan.checks().capacity(),
                        plan.checks().contiguity(),
                        plan.checks().distance(),
                        recheck.complete(),
                        recheck.capacity(),
                        recheck.contiguity(),
                        recheck.pins()));
    }

    /** Each block to its nearest school: only to choose a border block when no plan came back. */
    private static Map<String, SchoolCode> nearestSchool(ZoningArea area) {
        Map<String, SchoolCode> plan = new HashMap<>();
        for (Block b : area.blocks()) {
            ZoningSchool best = area.schools().getFirst();
            for (ZoningSchool s : area.schools()) {
                if (ZoningFlowModel.km(area, b, s) < ZoningFlowModel.km(area, b, best)) {
                    best = s;
                }
            }
            plan.put(b.id(), best.code());
        }
        area.schools().forEach(s -> plan.put(s.blockId(), s.code()));
        return plan;
    }

    /**
     * A block on a zone's border that holds no school, drawn with the seed: its id, its school and the school of a
     * neighbour in another zone, to which it is pinned.
     */
    private static String[] borderBlock(ZoningArea area, Map<String, SchoolCode> plan, long seed) {
        java.util.Set<String> schoolBlocks = new java.util.HashSet<>();
        area.schools().forEach(s -> schoolBlocks.add(s.blockId()));
        List<String[]> border = new ArrayList<>();
        for (Block b : area.blocks()) {
            if (schoolBlocks.contains(b.id())) {
                continue;
            }
            for (String n : area.adjacency().neighbours(b.id())) {
                if (!plan.get(n).equals(plan.get(b.id()))) {
                    border.add(new String[] {
                        b.id(), plan.get(b.id()).value(), plan.get(n).value()
                    });
                    break;
                }
            }
        }
        return border.get(new SplittableRandom(seed).nextInt(border.size()));
    }

    private static String number(@Nullable Double value) {
        return value == null ? "null" : String.format(Locale.ROOT, "%.9g", value);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
