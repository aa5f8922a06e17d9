package org.edubalance.cli.plan;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.edubalance.cli.BadInputException;
import org.edubalance.cli.ExitCodes;
import org.edubalance.cli.PlanOutput;
import org.edubalance.core.pairing.GroupPolicy;
import org.edubalance.dataimport.policy.PairingPolicyReader;
import org.edubalance.planning.groups.GroupPlan;
import org.edubalance.planning.groups.GroupPlanChecker;
import org.edubalance.planning.groups.GroupPlanJson;
import org.edubalance.planning.groups.GroupPlanner;
import org.edubalance.report.planning.GroupWorkbook;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code edubalance plan groups}: school groups around the named core schools, the most placed, then the least km. */
@Command(
        name = "groups",
        mixinStandardHelpOptions = true,
        description = {
            "Plans school groups (集团化办学) in one county: the bureau names the core schools; every other public"
                    + " school segment joins at most one core's group of its segment within the policy's distance,"
                    + " groups within the size bounds and each group's mean strength at least the floor; the most"
                    + " placed, then the least total distance, on HiGHS (docs/planning/groups.md).",
            "集团化办学规划：核心校由教育局指定，在距离、规模与集团平均强度限制下，使加入集团的学校最多、总距离最短。"
        },
        footer = {
            "",
            "Exit codes: 0 written, 1 a failed independent check (nothing written), 2 bad input (nothing written).",
            "Example:",
            "  edubalance plan groups --data schools.csv --cores 3710020001,3710020002 --out groups.xlsx --lang zh",
        })
public final class GroupsPlanCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private CountyPlanOptions options;

    @ArgGroup(multiplicity = "1")
    private Cores cores;

    static final class Cores {
        @Option(names = "--cores", paramLabel = "CODE,CODE", description = "The core schools' codes.")
        @Nullable
        String list;

        @Option(names = "--cores-file", paramLabel = "FILE.csv", description = "The core schools, one code a row.")
        @Nullable
        Path file;
    }

    @Option(
            names = "--time-limit",
            defaultValue = "30",
            paramLabel = "SECONDS",
            description = "The solve's time limit; a plan cut short says its gap. Default: ${DEFAULT-VALUE}.")
    private int timeLimit;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE.json|FILE.xlsx",
            description = "Write the plan: JSON, or a workbook (groups, unplaced, summary).")
    private Path out;

    @Override
    public Integer call() throws IOException {
        if (timeLimit < 1) {
            throw new BadInputException("--time-limit " + timeLimit + ": at least 1 second.");
        }
        GroupPolicy limits = PairingPolicyReader.loadGroups(options.policy());
        Set<String> named = cores.list != null ? CoreList.of(cores.list) : CoreList.of(cores.file);
        var county = options.evaluate(spec.commandLine().getErr());
        GroupPlan plan = new GroupPlanner(limits, Duration.ofSeconds(timeLimit))
                .plan(county.evaluation(), county.county(), named);
        List<String> problems = GroupPlanChecker.check(plan, county.evaluation(), limits, named);
        if (CountyPlanOptions.failsItsCheck(spec.commandLine().getErr(), problems)) {
            return ExitCodes.FAILURE;
        }
        GroupWorkbook words = new GroupWorkbook(options.locale());
        PlanOutput.write(out, file -> words.write(plan, file), stream -> GroupPlanJson.write(plan, stream));
        PrintWriter text = spec.commandLine().getOut();
        text.println(words.build(plan).title());
        text.println(words.summary(plan));
        plan.unplaced().forEach(u -> text.println("  " + u.school() + ": " + words.reason(u.reason(), plan)));
        text.println(out);
        text.flush();
        return ExitCodes.OK;
    }
}
