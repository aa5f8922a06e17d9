package org.edubalance.benchmark.investment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.edubalance.core.demo.DemoDataGenerator;
import org.edubalance.core.demo.DemoScale;
import org.edubalance.core.investment.CostTable;
import org.edubalance.core.investment.InvestmentAction;
import org.edubalance.core.investment.InvestmentKind;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.standard.StandardCatalogue;
import org.edubalance.planning.investment.InvestmentPlan;
import org.edubalance.planning.investment.InvestmentPlanner;

/**
 * One instance of the investment benchmark: generates the seeded demo at a scale, solves the compliance problem
 * without CV limits by the planner's exact per-school enumeration (timed), writes the same problem as the MIP the
 * county step builds to {@code out/model.mps}, and prints one JSON line with the figures. Usage: {@code scale seed
 * out}; run from the repository root (it reads the shipped costs file there). With a fourth argument {@code cv} (the
 * planner) or {@code cv-cuts} (the peer: HiGHS with supporting-hyperplane cuts alone) and a fifth, a time limit in
 * seconds, it solves the problem with the county CV limits instead and prints its status, cost, bound, gap and time.
 */
public final class InvestmentBenchmark {
    private static final int YEAR = 2025;
    private static final Path COSTS =
            Path.of("dataimport/src/main/resources/org/edubalance/dataimport/investment/costs.csv");

    private InvestmentBenchmark() {}

    public static void main(String[] args) throws IOException {
        DemoScale scale = DemoScale.valueOf(args[0].toUpperCase(Locale.ROOT));
        long seed = Long.parseLong(args[1]);
        Path out = Path.of(args[2]);
        List<SchoolYear> schools =
                new DemoDataGenerator(seed).generate(scale, YEAR).schools();
        InvestmentPlanner planner = new InvestmentPlanner(StandardCatalogue.shipped("cn-2017-quality"), costs());
        if (args.length > 3 && args[3].equals("budget")) {
            // Budget mode: a share of the compliance optimum as the budget; our exact count DP, timed, and the same
            // problem as a MIP for HiGHS in two stages (most compliant segments, then least cost).
            double budget = Math.floor(Double.parseDouble(args[4]) * planner.perSchoolOptimum(YEAR, schools));
            long t = System.nanoTime();
            InvestmentPlan plan = planner.budget(YEAR, schools, budget);
            double seconds = (System.nanoTime() - t) / 1e9;
            Files.writeString(
                    out.resolve("count.mps"), planner.budgetMps(YEAR, schools, budget, true), StandardCharsets.UTF_8);
            Files.writeString(
                    out.resolve("cost.mps"), planner.budgetMps(YEAR, schools, budget, false), StandardCharsets.UTF_8);
            System.out.println(String.format(
                    Locale.ROOT,
                    "{\"status\":\"%s\",\"budget\":%.1f,\"count\":%.0f,\"cost\":%.1f,\"seconds\":%.3f}",
                    plan.status(),
                    budget,
                    plan.bound(),
                    plan.totalCost(),
                    seconds));
            return;
        }
        if (args.length > 3) {
            // With CV limits: "cv" is the planner, "cv-cuts" the peer (HiGHS with supporting-hyperplane cuts alone).
            Duration limit = Duration.ofSeconds(Long.parseLong(args[4]));
            var standard = StandardCatalogue.shipped("cn-2017-quality");
            InvestmentPlanner withCv = args[3].equals("cv-cuts")
                    ? InvestmentPlanner.cutsOnly(standard, costs(), limit)
                    : new InvestmentPlanner(standard, costs(), limit);
            long t = System.nanoTime();
            InvestmentPlan plan = withCv.compliance(YEAR, schools);
            System.out.println(String.format(
                    Locale.ROOT,
                    "{\"status\":\"%s\",\"objective\":%.1f,\"bound\":%.1f,\"gap\":%.6f,\"seconds\":%.3f}",
                    plan.status(),
                    plan.totalCost(),
                    plan.bound(),
                    plan.gap(),
                    (System.nanoTime() - t) / 1e9));
            return;
        }
        long start = System.nanoTime();
        double optimum = planner.perSchoolOptimum(YEAR, schools);
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.writeString(out.resolve("model.mps"), planner.complianceMps(YEAR, schools), StandardCharsets.UTF_8);
        int segments = 0;
        for (SchoolYear s : schools) {
            segments += (s.primary().hasStudents() ? 1 : 0) + (s.junior().hasStudents() ? 1 : 0);
        }
        System.out.println(String.format(
                Locale.ROOT,
                "{\"schools\":%d,\"segments\":%d,\"objective\":%.1f,\"seconds\":%.3f}",
                schools.size(),
                segments,
                optimum,
                seconds));
    }

    /** The shipped costs file, read plainly: its first five columns hold no comma. */
    private static CostTable costs() throws IOException {
        List<InvestmentAction> actions = new ArrayList<>();
        List<String> lines = Files.readAllLines(COSTS, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", 6);
            InvestmentKind kind = InvestmentKind.ofIndicator(c[1]).orElseThrow();
            actions.add(
                    new InvestmentAction(c[0], kind, c[2], Double.parseDouble(c[3]), Long.parseLong(c[4]), "shipped"));
        }
        return new CostTable(actions);
    }
}
