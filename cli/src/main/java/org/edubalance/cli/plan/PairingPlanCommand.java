package org.edubalance.cli.plan;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.edubalance.cli.ExitCodes;
import org.edubalance.cli.PlanOutput;
import org.edubalance.core.pairing.PairingPolicy;
import org.edubalance.dataimport.policy.PairingPolicyReader;
import org.edubalance.planning.pairing.PairingPlan;
import org.edubalance.planning.pairing.PairingPlanChecker;
import org.edubalance.planning.pairing.PairingPlanJson;
import org.edubalance.planning.pairing.PairingPlanner;
import org.edubalance.report.planning.PairingWorkbook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code edubalance plan pairing}: strong schools paired with weak ones, the most mentees, then the least distance. */
@Command(
        name = "pairing",
        mixinStandardHelpOptions = true,
        description = {
            "Pairs strong school segments (mentors) with weak ones (mentees) in one county (强校带弱校): each mentee"
                    + " gets at most one mentor within the policy's distance, each mentor at most its number of"
                    + " mentees; the most mentees paired, then the least total distance, proven optimal (a min-cost"
                    + " maximum flow, docs/planning/pairing.md).",
            "强校带弱校结对：在距离与帮扶数量限制下，使结对的受援学校最多、总距离最短。"
        },
        footer = {
            "",
            "Exit codes: 0 written, 1 a failed independent check (nothing written), 2 bad input (nothing written).",
            "Example:",
            "  edubalance plan pairing --data schools.csv --county 371002 --out pairs.xlsx --lang zh",
        })
public final class PairingPlanCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private CountyPlanOptions options;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE.json|FILE.xlsx",
            description = "Write the plan: JSON, or a workbook (pairs, unpaired, schools).")
    private Path out;

    @Override
    public Integer call() throws IOException {
        PairingPolicy pairing = PairingPolicyReader.load(options.policy());
        var county = options.evaluate(spec.commandLine().getErr());
        PairingPlan plan = new PairingPlanner(pairing).plan(county.evaluation(), county.county());
        List<String> problems = PairingPlanChecker.check(plan, county.evaluation(), pairing);
        if (CountyPlanOptions.failsItsCheck(spec.commandLine().getErr(), problems)) {
            return ExitCodes.FAILURE;
        }
        PairingWorkbook words = new PairingWorkbook(options.locale());
        PlanOutput.write(out, file -> words.write(plan, file), stream -> PairingPlanJson.write(plan, stream));
        PrintWriter text = spec.commandLine().getOut();
        text.println(words.build(plan).title());
        text.println(words.summary(plan));
        plan.unpaired()
                .forEach(u -> text.println("  " + u.school() + ": " + words.reason(u.reason(), plan.maxDistanceKm())));
        text.println(out);
        text.flush();
        return ExitCodes.OK;
    }
}
