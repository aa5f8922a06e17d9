package org.edubalance.cli.plan;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.edubalance.cli.BadInputException;
import org.edubalance.cli.ExitCodes;
import org.edubalance.cli.ImportReportText;
import org.edubalance.cli.Language;
import org.edubalance.cli.PlanOutput;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.rotation.RotationPolicy;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.staff.Teacher;
import org.edubalance.core.staff.TeacherId;
import org.edubalance.dataimport.policy.RotationPolicyReader;
import org.edubalance.dataimport.school.SchoolImporter;
import org.edubalance.dataimport.staff.TeacherImport;
import org.edubalance.dataimport.staff.TeacherImporter;
import org.edubalance.planning.PlanningOutcome;
import org.edubalance.planning.SolveListener;
import org.edubalance.planning.SolveSettings;
import org.edubalance.planning.rotation.PlanCheck;
import org.edubalance.planning.rotation.PolicyCheck;
import org.edubalance.planning.rotation.RotationAlternatives;
import org.edubalance.planning.rotation.RotationAlternatives.Alternative;
import org.edubalance.planning.rotation.RotationMipPlanner;
import org.edubalance.planning.rotation.RotationPlan;
import org.edubalance.planning.rotation.RotationPlanChecker;
import org.edubalance.planning.rotation.RotationPlanDocument;
import org.edubalance.planning.rotation.RotationPlanDocument.AlternativeLine;
import org.edubalance.planning.rotation.RotationPlanDocument.CvLine;
import org.edubalance.planning.rotation.RotationPlanJson;
import org.edubalance.planning.rotation.RotationPlanners;
import org.edubalance.planning.rotation.RotationProblem;
import org.edubalance.planning.rotation.RotationProblemFactory;
import org.edubalance.planning.rotation.RotationSearchPlanner;
import org.edubalance.report.planning.RotationPlanReportBuilder;
import org.edubalance.report.planning.RotationWording;
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
            "  edubalance plan rotation --schools demo/schools.csv --teachers demo/teachers.csv --lang zh --out plan.xlsx",
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

    @Option(
            names = "--lang",
            defaultValue = "en",
            description = "Language of the text and the workbook: zh or en (JSON is language-neutral)."
                    + " Default: ${DEFAULT-VALUE}.")
    private Language lang;

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
            ImportReportText.print(roster.report(), lang, err);
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
        RotationPlanDocument document = alternatives
                ? RotationPlanDocument.of(problem, solved.getFirst().plan(), checks.getFirst(), solved, checks)
                : RotationPlanDocument.of(problem, solved.getFirst().plan(), checks.getFirst());
        var text = new Words(lang);
        summary(document, text, spec.commandLine().getOut());
        if (alternatives) {
            tradeOff(document, solved, text, spec.commandLine().getOut());
        }
        if (out != null) {
            if (PlanOutput.isWorkbook(out)) {
                new XlsxReportRenderer().render(new RotationPlanReportBuilder(lang.locale()).build(document), out);
            } else {
                try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    RotationPlanJson.write(document, writer);
                }
            }
        }
        if (document.moves().isEmpty() && document.summary().minimumMovers() > 0) {
            err.println(text.line("noPlan", policy.id(), text.status(document.outcome())));
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

    /** The command's own lines in {@code lang}, and the plan's facts in the workbook's words. */
    private static final class Words {
        private final ResourceBundle lines;
        private final RotationWording facts;

        Words(Language lang) {
            this.lines = lang.bundle("org.edubalance.cli.plan.rotation");
            this.facts = new RotationWording(lang.locale());
        }

        String line(String key, Object... args) {
            return String.format(Locale.ROOT, lines.getString(key), args);
        }

        String gap(PlanningOutcome outcome) {
            Double gap = outcome.gap();
            return gap == null ? line("gapUnknown") : String.format(Locale.ROOT, "%.4f %%", 100 * gap);
        }

        String status(PlanningOutcome outcome) {
            return outcome.status().name();
        }
    }

    private static void summary(RotationPlanDocument plan, Words text, PrintWriter out) {
        PlanningOutcome outcome = plan.outcome();
        out.println(text.line("heading", plan.county(), plan.year(), plan.policy()));
        out.println(text.line(
                "outcome",
                text.status(outcome),
                outcome.seconds(),
                outcome.solver(),
                plan.summary().movers(),
                plan.summary().eligible(),
                plan.summary().minimumMovers(),
                text.gap(outcome)));
        Segment shown = null;
        for (CvLine c : plan.cvs()) {
            if (c.segment() != shown) {
                shown = c.segment();
                out.println(text.line("cvs", text.facts.segment(shown)));
            }
            out.printf(Locale.ROOT, "  %-34s %s → %s%n", text.facts.term(c.indicator()), cv(c.before()), cv(c.after()));
        }
        out.println(text.line("checks"));
        for (PolicyCheck c : plan.policyChecks()) {
            out.printf(
                    "  [%s] %s: %s %s, %s %s%n",
                    text.line(c.passed() ? "ok" : "fail"),
                    text.facts.fact(c.rule()),
                    text.line("required"),
                    text.facts.fact(c.required()),
                    text.line("plan"),
                    text.facts.fact(c.actual()));
        }
        plan.violations().forEach(v -> out.println("  [" + text.line("fail") + "] " + text.facts.fact(v)));
        out.flush();
    }

    private static String cv(@Nullable Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.3f", value);
    }

    /** One line per alternative: movers, gap and the mean CV after it, per segment, over the balanced indicators. */
    private static void tradeOff(RotationPlanDocument plan, List<Alternative> solved, Words text, PrintWriter out) {
        out.println(text.line("alternatives"));
        for (int i = 0; i < plan.alternatives().size(); i++) {
            AlternativeLine a = plan.alternatives().get(i);
            var line = new StringBuilder(text.line(
                    "alternative",
                    text.line("alt." + a.name()),
                    text.status(a.outcome()),
                    a.movers(),
                    text.gap(a.outcome())));
            Set<String> balanced = new HashSet<>();
            solved.get(i).policy().indicatorWeights().keySet().forEach(m -> balanced.add(m.id()));
            for (Segment segment : Segment.values()) {
                OptionalDouble mean = a.cvs().stream()
                        .filter(c -> c.segment() == segment && balanced.contains(c.indicator()) && c.after() != null)
                        .mapToDouble(c -> c.after())
                        .average();
                if (mean.isPresent()) {
                    line.append(text.line("meanCv", text.facts.segment(segment), mean.getAsDouble()));
                }
            }
            out.println(line);
        }
        out.flush();
    }
}
