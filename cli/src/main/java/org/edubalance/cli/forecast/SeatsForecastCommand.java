package org.edubalance.cli.forecast;

import static org.edubalance.cli.Selection.select;
import static org.edubalance.cli.Selection.warn;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Callable;
import org.edubalance.cli.BadInputException;
import org.edubalance.cli.ExitCodes;
import org.edubalance.cli.Language;
import org.edubalance.cli.PlanOutput;
import org.edubalance.core.admission.AttendanceZone;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.zoning.Block;
import org.edubalance.core.zoning.Entrants;
import org.edubalance.core.zoning.HorizonBeforeBirthException;
import org.edubalance.core.zoning.ZoningPolicy;
import org.edubalance.dataimport.admission.AdmissionFiles;
import org.edubalance.dataimport.admission.AdmissionImporter;
import org.edubalance.dataimport.policy.ZoningPolicyReader;
import org.edubalance.dataimport.school.SchoolImporter;
import org.edubalance.dataimport.zoning.BlockFile;
import org.edubalance.dataimport.zoning.ZoningImporter;
import org.edubalance.planning.forecast.SeatForecast;
import org.edubalance.planning.forecast.SeatForecastInput;
import org.edubalance.planning.forecast.SeatForecastJson;
import org.edubalance.planning.forecast.SeatForecaster;
import org.edubalance.report.planning.ForecastWorkbook;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code edubalance forecast seats}: each zone's entrants against its seats in the coming years. */
@Command(
        name = "seats",
        mixinStandardHelpOptions = true,
        description = {
            "Forecasts each attendance zone's entrants against its seats for the next years.",
            "Counts the children of each block at the age that enters grade 1 (or 7) in each year, sums them by zone"
                    + " (block_zones.csv), and sets them against the seats of the zone's schools (zones.csv,"
                    + " seats.csv); a zone whose entrants exceed its seats is flagged (docs/planning/zoning.md).",
            "学位预警：按学区逐年比较预计入学人数与学位数，标出学位缺口。"
        },
        footer = {
            "",
            "Exit codes: 0 written, 2 bad input (nothing written).",
            "Example:",
            "  edubalance forecast seats --schools schools.csv --seats seats.csv --blocks blocks.csv"
                    + " --zones zones.csv --block-zones block_zones.csv --out forecast.json",
        })
public final class SeatsForecastCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--schools", required = true, paramLabel = "FILE", description = "School data (.csv or .xlsx).")
    private Path schools;

    @Option(names = "--seats", required = true, paramLabel = "FILE", description = "seats.csv (招生计划).")
    private Path seats;

    @Option(names = "--blocks", required = true, paramLabel = "FILE", description = "blocks.csv (小区/地块).")
    private Path blocks;

    @Option(names = "--zones", required = true, paramLabel = "FILE", description = "zones.csv (学区).")
    private Path zones;

    @Option(
            names = "--block-zones",
            required = true,
            paramLabel = "FILE",
            description = "block_zones.csv (the zone of each block).")
    private Path blockZones;

    @Option(
            names = "--entry-grade",
            paramLabel = "G1|G7",
            description = "The entry grade (needed when the files hold both).")
    private @Nullable EntryGrade grade;

    @Option(
            names = "--years",
            defaultValue = "6",
            paramLabel = "N",
            description = "Years ahead: year + 1 … year + N. Default: ${DEFAULT-VALUE}.")
    private int years;

    @Option(
            names = "--policy",
            defaultValue = "national",
            paramLabel = "national|FILE.yaml",
            description = "Zoning policy (its enrolmentRate). Default: ${DEFAULT-VALUE}.")
    private String policy;

    @Option(names = "--county", paramLabel = "CODE", description = "The county (needed when the files hold several).")
    private @Nullable String county;

    @Option(
            names = "--year",
            paramLabel = "N",
            description = "The data year (needed when the blocks file holds several).")
    private @Nullable Integer year;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE.json|FILE.xlsx",
            description = "Write the forecast: JSON, or a workbook.")
    private Path out;

    @Option(
            names = "--lang",
            defaultValue = "en",
            description = "Language of the text and the workbook: zh or en. Default: ${DEFAULT-VALUE}.")
    private Language lang;

    @Override
    public Integer call() throws IOException {
        if (years < 1) {
            throw new BadInputException("--years " + years + ": a forecast covers at least 1 year. Maybe 6.");
        }
        ZoningPolicy zoning = ZoningPolicyReader.load(policy);
        List<SchoolYear> schoolRows = new SchoolImporter().importFile(schools).schools();
        BlockFile blockFile = new ZoningImporter().importBlocks(blocks);
        AdmissionFiles admission = new AdmissionImporter().importSeatsAndZones(seats, zones, schoolRows);
        PrintWriter err = spec.commandLine().getErr();
        warn(err, blockFile.report().format());
        warn(err, admission.report().format());
        int dataYear = select("--year", year, blockFile.years(), "blocks");
        RegionCode countyCode = new RegionCode(select("--county", county, blockFile.counties(dataYear), "blocks"));
        EntryGrade entryGrade = select("--entry-grade", grade, admission.grades(dataYear, countyCode), "seats/zones");
        try {
            Entrants.checkHorizon(dataYear, dataYear + 1, dataYear + years, entryGrade);
        } catch (HorizonBeforeBirthException e) {
            throw new BadInputException("--years " + years + ": " + e.getMessage());
        }
        List<Block> countyBlocks = blockFile.blocks(dataYear, countyCode);
        List<AttendanceZone> roundZones = zones(admission, dataYear, countyCode, entryGrade);
        Set<String> blockIds = new LinkedHashSet<>();
        countyBlocks.forEach(b -> blockIds.add(b.id()));
        Set<String> zoneIds = new LinkedHashSet<>();
        roundZones.forEach(z -> zoneIds.add(z.id()));
        Map<String, String> zoneOfBlock =
                new ZoningImporter().importBlockZones(blockZones, dataYear, countyCode, entryGrade, blockIds, zoneIds);
        Map<String, Integer> seatsBySchool = new HashMap<>();
        admission.seats().stream()
                .map(AdmissionFiles.SeatRow::offer)
                .filter(o -> o.year() == dataYear && o.county().equals(countyCode) && o.grade() == entryGrade)
                .forEach(o -> seatsBySchool.put(o.school().value(), o.seats()));
        SeatForecast forecast = new SeatForecaster()
                .forecast(new SeatForecastInput(
                        dataYear,
                        countyCode,
                        entryGrade,
                        countyBlocks,
                        zoneOfBlock,
                        roundZones,
                        seatsBySchool,
                        zoning.enrolmentRate(),
                        years));
        write(forecast);
        summary(forecast, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    private static List<AttendanceZone> zones(AdmissionFiles files, int year, RegionCode county, EntryGrade grade) {
        Map<String, List<SchoolCode>> members = new LinkedHashMap<>();
        for (AdmissionFiles.ZoneRow row : files.zones()) {
            if (row.year() == year && row.county().equals(county) && row.grade() == grade) {
                members.computeIfAbsent(row.zoneId(), z -> new ArrayList<>()).add(row.school());
            }
        }
        List<AttendanceZone> list = new ArrayList<>();
        members.forEach((id, schoolCodes) -> list.add(new AttendanceZone(id, schoolCodes)));
        return list;
    }

    private void write(SeatForecast forecast) throws IOException {
        PlanOutput.write(
                out,
                f -> new ForecastWorkbook(lang.locale()).write(forecast, f),
                stream -> SeatForecastJson.write(forecast, stream));
    }

    private void summary(SeatForecast forecast, PrintWriter text) {
        ResourceBundle lines = lang.bundle("org.edubalance.cli.forecast.forecast");
        text.println(String.format(
                Locale.ROOT,
                lines.getString("heading"),
                forecast.grade().name(),
                forecast.county().value(),
                forecast.year(),
                forecast.zones().size()));
        for (int k = 0; k < years; k++) {
            int index = k;
            double entrants = 0;
            long seatsTotal = 0;
            double shortfall = 0;
            List<String> over = new ArrayList<>();
            for (SeatForecast.ZoneForecast zone : forecast.zones()) {
                SeatForecast.YearLine y = zone.years().get(index);
                entrants += y.entrants();
                seatsTotal += y.seats();
                shortfall += y.shortfall();
                if (y.over()) {
                    over.add(zone.zoneId());
                }
            }
            text.println(String.format(
                    Locale.ROOT,
                    lines.getString("year"),
                    forecast.year() + 1 + k,
                    entrants,
                    seatsTotal,
                    over.size(),
                    shortfall,
                    over.isEmpty()
                            ? ""
                            : " (" + String.join(", ", over.subList(0, Math.min(5, over.size())))
                                    + (over.size() > 5 ? ", …" : "") + ")"));
        }
        text.println(String.format(Locale.ROOT, lines.getString("written"), out));
        text.flush();
    }
}
