package org.edubalance.cli.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.edubalance.cli.BadInputException;
import org.edubalance.cli.ExitCodes;
import org.edubalance.cli.JsonWriter;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.rotation.RotationPolicy;
import org.edubalance.core.rotation.TeacherIndicator;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.staff.Teacher;
import org.edubalance.core.staff.TeacherId;
import org.edubalance.dataimport.policy.RotationPolicyReader;
import org.edubalance.dataimport.school.SchoolImporter;
import org.edubalance.dataimport.staff.TeacherImport;
import org.edubalance.dataimport.staff.TeacherImporter;
import org.edubalance.planning.SolveListener;
import org.edubalance.planning.SolveSettings;
import org.edubalance.planning.rotation.Move;
import org.edubalance.planning.rotation.PlanCheck;
import org.edubalance.planning.rotation.PolicyCheck;
import org.edubalance.planning.rotation.RotationAlternatives;
import org.edubalance.planning.rotation.RotationAlternatives.Alternative;
import org.edubalance.planning.rotation.RotationMipPlanner;
import org.edubalance.planning.rotation.RotationPlan;
import org.edubalance.planning.rotation.RotationPlanChecker;
import org.edubalance.planning.rotation.RotationPlanners;
import org.edubalance.planning.rotation.RotationProblem;
import org.edubalance.planning.rotation.RotationProblemFactory;
import org.edubalance.planning.rotation.RotationSearchPlanner;
import org.edubalance.report.planning.RotationPlanReportBuilder;
import org.edubalance.report.render.XlsxReportRenderer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code edubalance plan rotation}: this year's teacher exchange list for one county. */
@Command(
        name = "rotation",
        mixinStandardHelpOptions = true,
        description = {
            "Proposes a county's teacher exchange for the year.",
            "Proposes the county's teacher exchange (交流轮岗): who moves where, meeting every rule of the policy"
                    + " (eligibility, quota, backbone share, commute, losses per school, subjects staffed) while"
                    + " bringing the teacher indicators of the schools as close to balance as they can go. The plan is"
                    + " re-checked by an independent checker and carries its proven gap to the best possible plan"
                    + " (the method: docs/planning-methods.md §2).",
            "教师交流轮岗方案：满足政策各项要求，使各校教师指标尽可能均衡，并给出与最优方案的差距。"
        },
        footer = {
            "",
            "Exit codes: 0 planned (see status), 2 bad input or no plan meets the rules.",
            "Example:",
            "  edubalance plan rotation --schools demo/schools.csv --teachers demo/teachers.csv --out plan.json",
        })
public final class RotationPlanCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--schools", required = true, paramLabel = "FILE", description = "School data (.csv or .xlsx).")
    private Path schools;

    @Option(names = "--teachers", required = true, paramLabel = "FILE", description = "Teacher roster (.csv or .xlsx).")
    private Path teachers;

    @Option(
            names = "--policy",
            defaultValue = "national",
            paramLabel = "ID|FILE",
            description = "Shipped policy (national, anhui) or a YAML file. Default: ${DEFAULT-VALUE}.")
    private String policyId;

    @Option(names = "--county", paramLabel = "CODE", description = "The county (needed when the data hold several).")
    private @Nullable String county;

    @Option(names = "--year", paramLabel = "N", description = "School year (default: the latest in the roster).")
    private @Nullable Integer year;

    @Option(
            names = "--time-limit",
            defaultValue = "60",
            paramLabel = "S",
            description =
                    "Seconds of search; the best plan found by then is returned with its gap. Default: ${DEFAULT-VALUE}.")
    private long timeLimit;

    @Option(names = "--pin", paramLabel = "TEACHER=SCHOOL", description = "Fix a move (repeatable).")
    private List<String> pins = new ArrayList<>();

    @Option(names = "--forbid", paramLabel = "TEACHER=SCHOOL", description = "Rule out a move (repeatable).")
    private List<String> forbids = new ArrayList<>();

    @Option(
            names = "--solver",
            defaultValue = "auto",
            paramLabel = "auto|exact|search",
            description = "exact: the MIP, which proves optimality at county scale with a short commute limit; search:"
                    + " a near plan from the nearest candidates improved by wider models, with a proven bound, for a"
                    + " long commute limit or a city; auto: exact where the model fits, else search."
                    + " Default: ${DEFAULT-VALUE}.")
    private String solverName;

    @Option(
            names = "--alternatives",
            description = "Also solve the fewest-moves and the most-balancing plans and show the trade-off.")
    private boolean alternatives;

    @Option(
            names = "--out",
            paramLabel = "FILE.json|FILE.xlsx",
            description = "Write the plan here: JSON, or a workbook (moves, CVs before/after, policy checks).")
    private @Nullable Path out;

    @Override
    public Integer call() throws IOException {
        RotationPolicy policy = RotationPolicyReader.load(policyId);
        if (timeLimit < 1) {
            throw new BadInputException("--time-limit " + timeLimit + ": at least one second");
        }
        List<SchoolYear> schoolRows = new SchoolImporter().importFile(schools).schools();
        TeacherImport roster = new TeacherImporter().importFile(teachers, schoolRows);
        PrintWriter err = spec.commandLine().getErr();
        if (!roster.report().warnings().isEmpty()) {
            err.print(roster.report().format());
            err.flush();
        }
        List<Teacher> all = roster.teachers();
        if (all.isEmpty()) {
            throw new BadInputException(teachers + ": no teachers, only the header");
        }
        int planYear =
                year != null ? year : all.stream().mapToInt(Teacher::year).max().orElseThrow();
        RegionCode planCounty = county(all, planYear);
        Map<TeacherId, SchoolCode> pinned = new HashMap<>();
        pins.stream().map(MoveOption::parse).forEach(p -> pinned.put(p.teacher(), p.school()));
        Map<TeacherId, List<SchoolCode>> forbidden = new HashMap<>();
        forbids.stream()
                .map(MoveOption::parse)
                .forEach(f -> forbidden
                        .computeIfAbsent(f.teacher(), k -> new ArrayList<>())
                        .add(f.school()));
        var inputs = new RotationProblemFactory.Inputs(schoolRows, all, planCounty, planYear, pinned, forbidden);
        RotationProblem problem = inputs.problem(policy);
        List<Alternative> solved = alternatives
                ? new RotationAlternatives(inputs).solve(policy, SolveSettings.seconds(timeLimit))
                : List.of(new Alternative("policy", policy, solve(problem)));
        List<PlanCheck> checks = solved.stream()
                .map(a -> new RotationPlanChecker(a.policy())
                        .check(schoolRows, all, planCounty, planYear, a.plan().moves(), pinned, forbidden))
                .toList();
        RotationPlan plan = solved.getFirst().plan();
        PlanCheck check = checks.getFirst();
        summary(problem, plan, check, spec.commandLine().getOut());
        if (alternatives) {
            tradeOff(solved, checks, spec.commandLine().getOut());
        }
        if (out != null) {
            if (String.valueOf(out.getFileName())
                    .toLowerCase(java.util.Locale.ROOT)
                    .endsWith(".xlsx")) {
                new XlsxReportRenderer().render(new RotationPlanReportBuilder().build(problem, plan, check), out);
            } else {
                try (OutputStream stream = Files.newOutputStream(out)) {
                    json(problem, plan, check, alternatives ? solved : List.of(), checks, new JsonWriter(stream));
                }
            }
        }
        if (plan.moves().isEmpty() && problem.minimumMovers() > 0) {
            err.println("No plan meets every rule of policy '" + policy.id() + "' (" + plan.status()
                    + "). Maybe a longer commute limit, a higher share of teachers a school may lose, or fewer pins.");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }

    private RotationPlan solve(RotationProblem problem) {
        SolveSettings settings = SolveSettings.seconds(timeLimit);
        return switch (solverName) {
            case "exact" -> new RotationMipPlanner().solve(problem, settings);
            case "search" -> new RotationSearchPlanner().solve(problem, settings);
            case "auto" -> RotationPlanners.auto(problem, settings, SolveListener.IGNORE);
            default -> throw new BadInputException("--solver " + solverName + ": auto, exact or search");
        };
    }

    private RegionCode county(List<Teacher> all, int planYear) {
        TreeSet<String> counties = new TreeSet<>();
        all.stream()
                .filter(t -> t.year() == planYear)
                .forEach(t -> counties.add(t.county().value()));
        if (county != null) {
            if (!counties.contains(county)) {
                throw new BadInputException("--county " + county + ": the roster of " + planYear
                        + " has no teacher there. Maybe one of: " + String.join(", ", counties));
            }
            return new RegionCode(county);
        }
        if (counties.size() != 1) {
            throw new BadInputException("The roster of " + planYear + " covers " + counties.size()
                    + " counties; rotation is planned per county. Maybe --county " + counties.first() + ".");
        }
        return new RegionCode(counties.first());
    }

    private static void summary(RotationProblem problem, RotationPlan plan, PlanCheck check, PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "Teacher rotation, county %s, %d, policy %s%n",
                problem.county(),
                problem.year(),
                problem.policy().id());
        out.printf(
                Locale.ROOT,
                "%s in %.1f s (%s): %d movers of %d eligible (at least %d); gap to the best plan %.4f %%%n",
                plan.status(),
                plan.elapsed().toMillis() / 1000.0,
                plan.solver(),
                plan.moves().size(),
                problem.eligible().size(),
                problem.minimumMovers(),
                100 * plan.gap());
        Segment shown = null;
        for (PlanCheck.CvChange c : check.cvChanges()) {
            if (c.segment() != shown) {
                shown = c.segment();
                out.printf("%s CV, before → after:%n", shown.englishName());
            }
            out.printf(Locale.ROOT, "  %-34s %.3f → %.3f%n", c.indicator().id(), c.before(), c.after());
        }
        out.println("Policy checks (independent checker):");
        for (PolicyCheck c : check.checks()) {
            out.printf(
                    "  [%s] %s: required %s, plan %s%n",
                    c.passed() ? "ok" : "FAIL", c.rule(), c.required(), c.actual());
        }
        check.violations().forEach(v -> out.println("  [FAIL] " + v));
        out.flush();
    }

    /** One line per alternative: movers, gap and the mean CV after it, per segment, over the balanced indicators. */
    private static void tradeOff(List<Alternative> solved, List<PlanCheck> checks, PrintWriter out) {
        out.println("Alternatives (movers buy balance):");
        for (int i = 0; i < solved.size(); i++) {
            Alternative a = solved.get(i);
            var line = new StringBuilder(String.format(
                    Locale.ROOT,
                    "  %-15s %-10s %5d movers, gap %.4f %%",
                    a.name(),
                    a.plan().status(),
                    a.plan().moves().size(),
                    100 * a.plan().gap()));
            for (Segment segment : Segment.values()) {
                Map<TeacherIndicator, Double> after = checks.get(i).cvAfter().get(segment);
                if (after != null) {
                    double mean = a.policy().indicatorWeights().keySet().stream()
                            .mapToDouble(after::get)
                            .average()
                            .orElse(Double.NaN);
                    line.append(String.format(
                            Locale.ROOT, ", %s mean CV %.3f", segment.name().toLowerCase(Locale.ROOT), mean));
                }
            }
            out.println(line);
        }
        out.flush();
    }

    private static void json(
            RotationProblem problem,
            RotationPlan plan,
            PlanCheck check,
            List<Alternative> solved,
            List<PlanCheck> checks,
            JsonWriter json) {
        json.beginObject();
        json.name("county").value(problem.county().value());
        json.name("year").value(problem.year());
        json.name("policy").value(problem.policy().id());
        json.name("status").value(plan.status());
        json.name("gap").value(plan.gap());
        json.name("objective").value(plan.objective());
        json.name("balance").value(plan.balance());
        json.name("bound").value(plan.bound());
        json.name("solver").value(plan.solver());
        json.name("seconds").value(plan.elapsed().toMillis() / 1000.0);
        json.name("eligible").value(problem.eligible().size());
        json.name("minimumMovers").value(problem.minimumMovers());
        json.name("moves").beginArray();
        for (Move m : plan.moves()) {
            json.beginObject();
            json.name("teacherId").value(m.teacher().value());
            json.name("fromSchool").value(m.from().value());
            json.name("toSchool").value(m.to().value());
            json.name("segment").value(m.segment().name());
            json.name("subject").value(m.subject().name());
            json.name("distanceKm").value(Math.round(m.distanceKm() * 100) / 100.0);
            json.name("reason").value(m.reason());
            json.endObject();
        }
        json.endArray();
        cvs(json, "before", check.cvBefore());
        cvs(json, "after", check.cvAfter());
        json.name("policyChecks").beginArray();
        for (PolicyCheck c : check.checks()) {
            json.beginObject();
            json.name("rule").value(c.rule());
            json.name("required").value(c.required());
            json.name("actual").value(c.actual());
            json.name("passed").value(c.passed());
            json.endObject();
        }
        json.endArray();
        json.name("violations").beginArray();
        check.violations().forEach(json::value);
        json.endArray();
        if (!solved.isEmpty()) {
            json.name("alternatives").beginArray();
            for (int i = 0; i < solved.size(); i++) {
                Alternative a = solved.get(i);
                json.beginObject();
                json.name("name").value(a.name());
                json.name("status").value(a.plan().status());
                json.name("gap").value(a.plan().gap());
                json.name("movers").value(a.plan().moves().size());
                json.name("balance").value(a.plan().balance());
                cvs(json, "after", checks.get(i).cvAfter());
                json.name("valid").value(checks.get(i).isValid());
                json.endObject();
            }
            json.endArray();
        }
        json.endObject();
        json.flush();
    }

    private static void cvs(JsonWriter json, String name, Map<Segment, Map<TeacherIndicator, Double>> cvs) {
        json.name(name).beginObject();
        for (Segment segment : Segment.values()) {
            Map<TeacherIndicator, Double> bySegment = cvs.get(segment);
            if (bySegment == null) {
                continue;
            }
            json.name(segment.name()).beginObject();
            for (TeacherIndicator m : TeacherIndicator.values()) {
                json.name(m.id()).value(bySegment.get(m));
            }
            json.endObject();
        }
        json.endObject();
    }
}
