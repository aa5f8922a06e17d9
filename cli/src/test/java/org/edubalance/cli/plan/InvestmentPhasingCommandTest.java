package org.edubalance.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubalance.cli.CliRun;
import org.edubalance.cli.ExitCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan investment --budget-per-year} (docs/planning/investment.md §10) on the demo county ({@code demo --scale
 * county --seed 1}, data year 2025, 73 schools): two phase years, the document's phasing fields, the workbook's year
 * sheet, and the bad values and combinations refused with exit 2.
 */
class InvestmentPhasingCommandTest {
    @TempDir
    static Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void demo() {
        CliRun run = CliRun.of("demo", "--out", dir.resolve("demo").toString(), "--scale", "county", "--seed", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static CliRun investment(String... more) {
        List<String> args = new ArrayList<>(List.of(
                "plan", "investment", "--data", dir.resolve("demo/schools.csv").toString(), "--year", "2025"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void twoPhaseYearsOnTheDemoCounty() throws IOException {
        Path out = dir.resolve("phased.json");
        CliRun run = investment("--budget-per-year", "2026=3000000,2027=2000000", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode plan = JSON.readTree(out.toFile());
        assertThat(fieldNames(plan))
                .containsExactly(
                        "kind",
                        "standard",
                        "year",
                        "goal",
                        "budget",
                        "budgetPerYear",
                        "status",
                        "totalCost",
                        "bound",
                        "gap",
                        "actions",
                        "counties");
        assertThat(plan.get("goal").asText()).isEqualTo("budget-per-year");
        assertThat(plan.get("budget").isNull()).isTrue();
        assertThat(plan.get("budgetPerYear").toString()).isEqualTo("{\"2026\":3000000,\"2027\":2000000}");
        assertThat(plan.get("status").asText()).isIn("OPTIMAL", "FEASIBLE");
        assertThat(fieldNames(plan.get("actions").get(0)))
                .containsExactly("year", "schoolCode", "segment", "action", "quantity", "cost");
        double[] spent = new double[2];
        List<Integer> years = new ArrayList<>();
        plan.get("actions").forEach(a -> {
            years.add(a.get("year").asInt());
            spent[a.get("year").asInt() - 2026] += a.get("cost").asDouble();
        });
        assertThat(years).isSorted().containsOnly(2026, 2027);
        assertThat(spent[0]).isPositive().isLessThanOrEqualTo(3_000_000);
        assertThat(spent[1]).isLessThanOrEqualTo(2_000_000);
        assertThat(plan.get("totalCost").asDouble()).isEqualTo(spent[0] + spent[1]);
        JsonNode county = plan.get("counties").get(0);
        assertThat(fieldNames(county))
                .containsExactly("code", "cost", "compliantBefore", "compliantAfter", "cvBefore", "cvAfter", "byYear");
        JsonNode byYear = county.get("byYear");
        assertThat(byYear).hasSize(2);
        assertThat(fieldNames(byYear.get(0))).containsExactly("year", "cost", "compliantAfter");
        assertThat(byYear.get(0).get("cost").asDouble()).isEqualTo(spent[0]);
        assertThat(byYear.get(1).get("cost").asDouble()).isEqualTo(spent[1]);
        int first = segments(byYear.get(0).get("compliantAfter"));
        int second = segments(byYear.get(1).get("compliantAfter"));
        int before = segments(county.get("compliantBefore"));
        assertThat(first).isGreaterThan(before);
        assertThat(second).isGreaterThanOrEqualTo(first);
        // The after-state of the county is the last phase year's.
        assertThat(segments(county.get("compliantAfter"))).isEqualTo(second);
        if (plan.get("status").asText().equals("OPTIMAL")) {
            assertThat(plan.get("bound").asInt()).isEqualTo(first + second);
        }
        // The first year alone buys at most what a one-year budget of the same money buys.
        Path one = dir.resolve("one.json");
        CliRun budget = investment("--budget", "3000000", "--out", one.toString());
        assertThat(budget.exitCode()).as(budget.err()).isEqualTo(ExitCodes.OK);
        assertThat(first)
                .isLessThanOrEqualTo(JSON.readTree(one.toFile()).get("bound").asInt());
        assertThat(run.out())
                .contains("goal budget-per-year")
                .contains("  Year 2026: ")
                .contains("Year 2026: " + (long) spent[0] + " yuan spent of its budget 3000000.");
    }

    @Test
    void theWorkbookHasTheYearColumnAndTheYearSheet() throws IOException {
        Path out = dir.resolve("phased.xlsx");
        CliRun run =
                investment("--budget-per-year", "2026=3000000,2027=2000000", "--out", out.toString(), "--lang", "zh");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        try (InputStream in = Files.newInputStream(out);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(4);
            assertThat(book.getSheetName(3)).isEqualTo("按年度汇总");
            StringBuilder actions = new StringBuilder();
            book.getSheetAt(0)
                    .forEach(row -> row.forEach(cell -> actions.append(cell).append('|')));
            assertThat(actions).contains("年度|县（区）|学校代码");
            StringBuilder years = new StringBuilder();
            book.getSheetAt(3)
                    .forEach(row -> row.forEach(cell -> years.append(cell).append('|')));
            assertThat(years)
                    .contains("年度预算（元）")
                    .contains("2026")
                    .contains("2027")
                    .contains("3000000");
        }
        Path english = dir.resolve("phased-en.xlsx");
        CliRun en = investment("--budget-per-year", "2026=3000000,2027=2000000", "--out", english.toString());
        assertThat(en.exitCode()).as(en.err()).isEqualTo(ExitCodes.OK);
        try (InputStream in = Files.newInputStream(english);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetName(3)).isEqualTo("By year");
            StringBuilder years = new StringBuilder();
            book.getSheetAt(3)
                    .forEach(row -> row.forEach(cell -> years.append(cell).append('|')));
            assertThat(years).contains("Year|Budget (yuan)|Cost (yuan)|Compliant primary segments");
        }
    }

    @Test
    void badValuesAndCombinationsExitWithTwo() {
        assertRefused("2026=3000000,2025x", "entry \"2025x\": an entry is YEAR=YUAN");
        assertRefused("20x6=3000000", "entry \"20x6=3000000\": the year is a whole number");
        assertRefused("2026=-5", "entry \"2026=-5\": the budget is a number of yuan, 0 or more");
        assertRefused("2026=lots", "entry \"2026=lots\": the budget is a number of yuan");
        assertRefused("2024=3000000", "entry \"2024=3000000\": a phase year is the data year 2025 or later");
        assertRefused("2027=1,2026=3000000", "entry \"2026=3000000\": the years are in increasing order");
        assertRefused("2026=1,2026=3000000", "the years are in increasing order, each once");
        assertRefused("2026=10000,2027=5000", "total 15000 yuan, below");
        CliRun both = investment("--budget-per-year", "2026=3000000", "--budget", "1000", "--out", path("b"));
        assertThat(both.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(both.err()).contains("--budget-per-year and --budget exclude each other");
        CliRun goal = investment("--budget-per-year", "2026=3000000", "--goal", "compliance", "--out", path("g"));
        assertThat(goal.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(goal.err()).contains("--budget-per-year and --goal compliance exclude each other");
        assertThat(dir.resolve("b.json")).doesNotExist();
        assertThat(dir.resolve("g.json")).doesNotExist();
    }

    private void assertRefused(String value, String message) {
        String out = path("bad" + Math.abs(value.hashCode()));
        CliRun run = investment("--budget-per-year", value, "--out", out);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(message);
        assertThat(Path.of(out)).doesNotExist();
    }

    private static String path(String name) {
        return dir.resolve(name + ".json").toString();
    }

    private static int segments(JsonNode counts) {
        int n = 0;
        for (JsonNode c : counts) {
            n += c.asInt();
        }
        return n;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
