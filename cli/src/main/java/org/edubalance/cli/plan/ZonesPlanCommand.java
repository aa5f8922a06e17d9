package org.edubalance.cli.plan;

import static org.edubalance.cli.Selection.select;
import static org.edubalance.cli.Selection.warn;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Callable;
import org.edubalance.cli.BadInputException;
import org.edubalance.cli.ExitCodes;
import org.edubalance.cli.Language;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.zoning.Block;
import org.edubalance.core.zoning.BlockAdjacency;
import org.edubalance.core.zoning.ZoningArea;
import org.edubalance.core.zoning.ZoningPins;
import org.edubalance.core.zoning.ZoningPolicy;
import org.edubalance.dataimport.admission.AdmissionFiles;
import org.edubalance.dataimport.admission.AdmissionImporter;
import org.edubalance.dataimport.policy.ZoningPolicyReader;
import org.edubalance.dataimport.school.SchoolImporter;
import org.edubalance.dataimport.zoning.BlockFile;
import org.edubalance.dataimport.zoning.BlockPolygonReader;
import org.edubalance.dataimport.zoning.BlockPolygons;
import org.edubalance.dataimport.zoning.ZoneFileWriter;
import org.edubalance.dataimport.zoning.ZoningImporter;
import org.edubalance.planning.SolveListener;
import org.edubalance.planning.SolveSettings;
import org.edubalance.planning.zoning.ZoningAreaFactory;
import org.edubalance.planning.zoning.ZoningPlan;
import org.edubalance.planning.zoning.ZoningPlanJson;
import org.edubalance.planning.zoning.ZoningPlanner;
import org.edubalance.planning.zoning.ZoningProblemInvalidException;
import org.edubalance.report.wording.ZoningReasonWords;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code edubalance plan zones}: contiguous attendance zones within the seats, least student-km. */
@Command(
        name = "zones",
        mixinStandardHelpOptions = true,
        description = {
            "Draws attendance zones: each block of the county goes to one school, every zone a connected set of blocks"
                    + " holding its school, within the school's seats in every horizon year, least student-km"
                    + " (docs/planning/zoning.md). The result carries a proven lower bound and its gap.",
            "学区划分：在学位容量与学区连片约束下，使学生上学总距离最短。"
        },
        footer = {
            "",
            "Exit codes: 0 written, 1 no plan within the time limit or a failed check, 2 bad input (nothing written).",
            "Example:",
            "  edubalance plan zones --schools schools.csv --seats seats.csv --blocks blocks.csv"
                    + " --adjacency adjacency.csv --out zones.json --zones-out zones/",
        })
public final class ZonesPlanCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--schools", required = true, paramLabel = "FILE", description = "School data (.csv or .xlsx).")
    private Path schools;

    @Option(names = "--seats", required = true, paramLabel = "FILE", description = "seats.csv with block_id.")
    private Path seats;

    @Option(names = "--blocks", required = true, paramLabel = "FILE", description = "blocks.csv (小区/地块).")
    private Path blocks;

    @Option(
            names = "--adjacency",
            paramLabel = "FILE",
            description = "adjacency.csv (blocks that touch); needed unless --polygons gives the adjacency.")
    private @Nullable Path adjacency;

    @Option(
            names = "--polygons",
            paramLabel = "FILE.geojson",
            description = "Block polygons: positions and, without --adjacency, shared-boundary adjacency.")
    private @Nullable Path polygons;

    @Option(names = "--entry-grade", paramLabel = "G1|G7", description = "The entry grade (needed when several).")
    private @Nullable EntryGrade grade;

    @Option(
            names = "--policy",
            defaultValue = "national",
            paramLabel = "national|FILE.yaml",
            description = "Zoning policy. Default: ${DEFAULT-VALUE}.")
    private String policy;

    @Option(names = "--county", paramLabel = "CODE", description = "The county (needed when the files hold several).")
    private @Nullable String county;

    @Option(names = "--year", paramLabel = "N", description = "The data year (needed when the blocks hold several).")
    private @Nullable Integer year;

    @Option(
            names = "--time-limit",
            defaultValue = "60",
            paramLabel = "S",
            description = "Seconds the planner may take. Default: ${DEFAULT-VALUE}.")
    private int timeLimit;

    @Option(
            names = "--method",
            defaultValue = "AUTO",
            paramLabel = "AUTO|EXACT|SEARCH",
            description = "AUTO: the exact model where it fits; EXACT; SEARCH. Default: ${DEFAULT-VALUE}.")
    private ZoningPlanner.Method method;

    @Option(names = "--pin", paramLabel = "BLOCK=SCHOOL", description = "Keeps a block with a school (repeatable).")
    private List<String> pins = new ArrayList<>();

    @Option(
            names = "--forbid",
            paramLabel = "BLOCK=SCHOOL",
            description = "Keeps a block out of a school's zone (repeatable).")
    private List<String> forbids = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "FILE.json", description = "The result document.")
    private Path out;

    @Option(
            names = "--zones-out",
            paramLabel = "DIR",
            description = "Also write zones.csv and block_zones.csv (with the plan year) into DIR.")
    private @Nullable Path zonesOut;

    @Option(
            names = "--lang",
            defaultValue = "en",
            paramLabel = "zh|en",
            description = "Language of the text, refusals included: zh or en. Default: ${DEFAULT-VALUE}.")
    private Language lang;

    @Override
    public Integer call() throws IOException {
        if (timeLimit < 1) {
            throw new BadInputException("--time-limit " + timeLimit + ": at least 1 second. Maybe 60.");
        }
        if (adjacency == null && polygons == null) {
            throw new BadInputException("Give --adjacency (adjacency.csv) or --polygons (a GeoJSON of the blocks),"
                    + " or both: zones are made of blocks that touch.");
        }
        ResourceBundle lines = lang.bundle("org.edubalance.cli.plan.zones");
        ZoningPlan plan;
        try {
            plan = ZoningPlanner.plan(
                    area(),
                    pins(),
                    new SolveSettings(
                            Duration.ofSeconds(timeLimit), Runtime.getRuntime().availableProcessors()),
                    method,
                    null,
                    SolveListener.IGNORE);
        } catch (ZoningProblemInvalidException e) {
            // The reason's code and figures, worded in the reader's language as the pages word them.
            PrintWriter err = spec.commandLine().getErr();
            err.println(String.format(
                    Locale.ROOT,
                    lines.getString("refused"),
                    e.reason().code(),
                    ZoningReasonWords.word(e.reason(), lang.locale())));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        PrintWriter text = spec.commandLine().getOut();
        if (plan.blocks().isEmpty()) {
            text.println(String.format(
                    Locale.ROOT,
                    lines.getString("noPlan"),
                    timeLimit,
                    plan.outcome().solver()));
            text.flush();
            return ExitCodes.FAILURE;
        }
        if (!plan.checks().passed()) {
            spec.commandLine()
                    .getErr()
                    .println("The independent check of the plan failed (a bug; nothing written): " + plan.checks());
            return ExitCodes.FAILURE;
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            ZoningPlanJson.write(plan, stream);
        }
        if (zonesOut != null) {
            ZoneFileWriter.write(zonesOut, plan.planYear(), plan.county(), plan.grade(), plan.schoolOfBlock());
        }
        summary(plan, text, lines);
        return ExitCodes.OK;
    }

    private ZoningArea area() {
        ZoningPolicy zoning = ZoningPolicyReader.load(policy);
        PrintWriter err = spec.commandLine().getErr();
        List<SchoolYear> schoolRows = new SchoolImporter().importFile(schools).schools();
        BlockFile blockFile = new ZoningImporter().importBlocks(blocks);
        AdmissionFiles offers = new AdmissionImporter().importSeats(seats, schoolRows);
        warn(err, blockFile.report().format());
        warn(err, offers.report().format());
        int dataYear = select("--year", year, blockFile.years(), "blocks");
        RegionCode countyCode = new RegionCode(select("--county", county, blockFile.counties(dataYear), "blocks"));
        EntryGrade entryGrade = select("--entry-grade", grade, offers.grades(dataYear, countyCode), "seats");
        List<Block> countyBlocks = blockFile.blocks(dataYear, countyCode);
        BlockAdjacency graph;
        if (polygons != null) {
            BlockPolygons shapes = new BlockPolygonReader().read(polygons);
            countyBlocks = shapes.placed(countyBlocks);
            graph = adjacency == null ? shapes.adjacency() : adjacency(countyBlocks);
        } else {
            graph = adjacency(countyBlocks);
        }
        Map<String, SchoolYear> schoolByCode = new HashMap<>();
        schoolRows.stream()
                .filter(s -> s.year() == dataYear)
                .forEach(s -> schoolByCode.put(s.code().value(), s));
        List<ZoningAreaFactory.SchoolSite> sites = new ArrayList<>();
        offers.seats().stream()
                .map(AdmissionFiles.SeatRow::offer)
                .filter(o -> o.year() == dataYear && o.county().equals(countyCode) && o.grade() == entryGrade)
                .filter(o ->
                        !schoolByCode.get(o.school().value()).ownership().name().equals("PRIVATE"))
                .forEach(o -> sites.add(new ZoningAreaFactory.SchoolSite(
                        o.school(),
                        o.seats(),
                        o.blockId(),
                        schoolByCode.get(o.school().value()).position())));
        return ZoningAreaFactory.of(dataYear, countyCode, entryGrade, countyBlocks, graph, sites, zoning);
    }

    private BlockAdjacency adjacency(List<Block> countyBlocks) {
        Set<String> ids = new HashSet<>();
        countyBlocks.forEach(b -> ids.add(b.id()));
        return new ZoningImporter().importAdjacency(java.util.Objects.requireNonNull(adjacency), ids);
    }

    private ZoningPins pins() {
        Map<String, SchoolCode> pinned = new HashMap<>();
        pins.forEach(p -> pinned.put(block("--pin", p), school("--pin", p)));
        Set<ZoningPins.Forbidden> forbidden = new HashSet<>();
        forbids.forEach(f -> forbidden.add(new ZoningPins.Forbidden(block("--forbid", f), school("--forbid", f))));
        return new ZoningPins(pinned, forbidden);
    }

    private static String block(String option, String pair) {
        int eq = pair.lastIndexOf('=');
        if (eq <= 0 || eq == pair.length() - 1) {
            throw new BadInputException(option + " " + pair + ": write BLOCK=SCHOOL, e.g. B0012=3710020001.");
        }
        return pair.substring(0, eq);
    }

    private static SchoolCode school(String option, String pair) {
        block(option, pair);
        return new SchoolCode(pair.substring(pair.lastIndexOf('=') + 1));
    }

    private void summary(ZoningPlan plan, PrintWriter text, ResourceBundle lines) {
        var o = plan.outcome();
        text.println(String.format(
                Locale.ROOT,
                lines.getString("heading"),
                lines.getString("grade." + plan.grade().name()),
                plan.county().value(),
                plan.planYear(),
                plan.blocks().size(),
                plan.schools().size()));
        text.println(String.format(
                Locale.ROOT,
                lines.getString("outcome"),
                lines.getString("status." + o.status().name()),
                o.objective(),
                o.bound(),
                o.gap() == null ? "—" : String.format(Locale.ROOT, "%.3f %%", o.gap() * 100),
                o.seconds(),
                o.solver()));
        text.println(lines.getString("checks"));
        text.println(String.format(
                Locale.ROOT,
                lines.getString("written"),
                out
                        + (zonesOut == null
                                ? ""
                                : ", " + zonesOut.resolve(ZoneFileWriter.ZONES) + ", "
                                        + zonesOut.resolve(ZoneFileWriter.BLOCK_ZONES))));
        text.flush();
    }
}
