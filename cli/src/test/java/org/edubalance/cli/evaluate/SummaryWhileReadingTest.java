package org.edubalance.cli.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.cli.CliRun;
import org.edubalance.cli.ExitCodes;
import org.edubalance.cli.Language;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.YearEvaluator;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.standard.StandardCatalogue;
import org.edubalance.dataimport.county.CountyInputsImporter;
import org.edubalance.dataimport.school.SchoolImporter;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The county summary of {@code evaluate}, judged county by county while the file is read, is to the byte the text of
 * the general path — the whole file imported, every county evaluated by {@link YearEvaluator}, rendered — on the
 * nation-scale demo (read in parts on every core) and on crafted files: several years, warnings, a county whose rows
 * are apart, too few counties for a summary. Its messages, warnings and errors (exit code 2, nothing on standard
 * output) are those of the general path, which the run of one county ({@code --county}) still takes.
 */
class SummaryWhileReadingTest {
    @TempDir
    static Path dir;

    private static Path nation;

    @BeforeAll
    static void demo() {
        nation = dir.resolve("nation");
        CliRun run = CliRun.of("demo", "--scale", "nation", "--seed", "1", "--out", nation.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void theNationDemoSummaryIsTheGeneralPathsToTheByte() {
        Path schools = nation.resolve("schools.csv");
        Path inputs = nation.resolve("county-inputs.csv");
        CliRun run = CliRun.of("evaluate", "--data", schools.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("2880 counties").isEqualTo(generalText(schools, inputs, Language.en, null));
        assertThat(run.err()).contains("IMP-W03").isEqualTo(generalPathErr(schools, Language.en));
    }

    @Test
    void severalYearsWarningsAndARenamedCountyGiveTheGeneralPathsText() throws IOException {
        List<String> lines = cityDemoLines("years");
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        List<String> file = new ArrayList<>();
        file.add(lines.getFirst());
        // The same schools a year earlier, after this year's rows; a county renamed on one row (IMP-W07) and a sports
        // ground a thousand times too large (IMP-W03).
        file.addAll(rows);
        for (String row : rows) {
            file.add(row.replaceFirst("^2025,", "2024,"));
        }
        file.set(40, file.get(40).replaceFirst("^(2025,\\d{6},)[^,]+,", "$1改名县,"));
        file.set(90, withSportsGround(file.get(90), lines.getFirst(), "9999999"));
        Path schools = write("years/schools.csv", file);
        Path inputs = schools.resolveSibling("county-inputs.csv");
        CliRun latest = CliRun.of("evaluate", "--data", schools.toString());
        assertThat(latest.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(latest.out()).isEqualTo(generalText(schools, inputs, Language.en, null));
        assertThat(latest.err())
                .contains("IMP-W07")
                .contains("IMP-W03")
                .isEqualTo(generalPathErr(schools, Language.en));
        CliRun earlier = CliRun.of("evaluate", "--data", schools.toString(), "--year", "2024", "--lang", "zh");
        assertThat(earlier.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(earlier.out()).contains("2024").isEqualTo(generalText(schools, inputs, Language.zh, 2024));
        assertThat(earlier.err()).isEqualTo(generalPathErr(schools, Language.zh));
    }

    @Test
    void aCountyWhoseRowsAreApartIsEvaluatedWhole() throws IOException {
        List<String> lines = cityDemoLines("apart");
        // The first school moves to the end, after the other counties: its county's rows are no longer together.
        lines.add(lines.remove(1));
        Path schools = write("apart/schools.csv", lines);
        CliRun run = CliRun.of("evaluate", "--data", schools.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .isEqualTo(generalText(schools, schools.resolveSibling("county-inputs.csv"), Language.en, null));
        assertThat(run.err()).isEqualTo(generalPathErr(schools, Language.en));
    }

    @Test
    void aFileWithErrorsIsRejectedAsTheGeneralPathRejectsIt() throws IOException {
        List<String> lines = cityDemoLines("errors");
        String header = lines.getFirst();
        lines.set(5, withSportsGround(lines.get(5), header, "lots"));
        lines.set(300, lines.get(300).replaceFirst("^2025,\\d{6},", "2025,12345,"));
        lines.add(lines.get(7));
        Path schools = write("errors/schools.csv", lines);
        CliRun run = CliRun.of("evaluate", "--data", schools.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("schools.csv:6:sports_ground_area_m2 value='lots'")
                .contains("schools.csv:301:county_code value='12345' IMP-011")
                .contains("IMP-050")
                .isEqualTo(generalPathErr(schools, Language.en));
    }

    @Test
    void aRejectedCountyInputsFileIsReportedAsTheGeneralPathReportsIt() throws IOException {
        List<String> lines = cityDemoLines("inputs");
        Path schools = write("inputs/schools.csv", lines);
        Path inputs = schools.resolveSibling("county-inputs.csv");
        List<String> inputLines = Files.readAllLines(inputs);
        inputLines.add(inputLines.get(1));
        Files.write(inputs, inputLines);
        CliRun run = CliRun.of("evaluate", "--data", schools.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("IMP-051").isEqualTo(generalPathErr(schools, Language.en));
    }

    @Test
    void threeCountiesGetTheDetailedReport() throws IOException {
        List<String> lines = cityDemoLines("three");
        String firstCounty = lines.get(1).substring(5, 11);
        List<String> kept = new ArrayList<>(List.of(lines.getFirst()));
        List<String> codes = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String code = line.substring(5, 11);
            if (!codes.contains(code)) {
                codes.add(code);
            }
            if (codes.indexOf(code) < 3) {
                kept.add(line);
            }
        }
        Path schools = write("three/schools.csv", kept);
        CliRun run = CliRun.of("evaluate", "--data", schools.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("(" + firstCounty + ")").doesNotContain("County   Name");
        assertThat(codes).hasSizeGreaterThan(3);
    }

    /** The city demo (8 counties), generated into {@code name}/, as lines of its school file. */
    private static List<String> cityDemoLines(String name) throws IOException {
        Path out = dir.resolve(name);
        CliRun run = CliRun.of("demo", "--scale", "city", "--seed", "7", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        return new ArrayList<>(Files.readAllLines(out.resolve("schools.csv")));
    }

    private static Path write(String name, List<String> lines) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, lines);
        return file;
    }

    private static String withSportsGround(String line, String header, String value) {
        int column = List.of(header.replace("\uFEFF", "").split(",")).indexOf("sports_ground_area_m2");
        String[] cells = line.split(",", -1);
        cells[column] = value;
        return String.join(",", cells);
    }

    /**
     * What the general path prints on standard error for {@code schools}: the run of one county, which imports the
     * whole file (and the county inputs) the general way before it keeps that county.
     */
    private static String generalPathErr(Path schools, Language lang) {
        String county;
        try (var lines = Files.lines(schools)) {
            county = lines.skip(1).findFirst().orElseThrow().substring(5, 11);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return CliRun.of("evaluate", "--data", schools.toString(), "--county", county, "--lang", lang.name())
                .err();
    }

    /** The text of the general path: the whole file imported, every county evaluated, rendered. */
    private static String generalText(Path schools, Path inputsFile, Language lang, @Nullable Integer year) {
        var standard = StandardCatalogue.load(StandardCatalogue.DEFAULT_ID);
        List<SchoolYear> rows = new SchoolImporter().importFile(schools).schools();
        int evaluated = year == null ? YearEvaluator.latestYear(rows) : year;
        Map<RegionCode, CountyInputs> inputs = new HashMap<>();
        for (CountyInputs ci : new CountyInputsImporter().importFile(inputsFile).inputs()) {
            if (ci.year() == evaluated) {
                inputs.put(ci.county(), ci);
            }
        }
        Evaluation evaluation = new YearEvaluator(standard).evaluate(rows, evaluated, inputs);
        StringWriter text = new StringWriter();
        new EvaluationTextRenderer(lang).render(evaluation, Map.of(), new PrintWriter(text, true));
        return text.toString();
    }
}
