package org.edubalance.app.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.standard.StandardCatalogue;
import org.edubalance.dataimport.investment.CostsReader;
import org.edubalance.dataimport.school.SchoolImporter;
import org.edubalance.planning.investment.InvestmentPlan;
import org.edubalance.planning.investment.InvestmentPlanJson;
import org.edubalance.planning.investment.PhasedPlanner;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plan phased by year as the platform keeps it: the stored document read back is written again byte for byte (its
 * budgets, each action's year, each county's figures by year); a principal's cut keeps their actions with their year
 * and no county's figures; the request JSON keeps the budgets; the budgets by year follow the command line's rules.
 */
class InvestmentPhasingDocumentsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The worked example of docs/planning/investment.md §6 (county 371002, 2025). */
    private static final Path SCHOOLS = Path.of("../cli/src/test/resources/investment/schools.csv");

    private static SortedMap<Integer, Double> budgets() {
        SortedMap<Integer, Double> budgets = new TreeMap<>();
        budgets.put(2026, 200_000.0);
        budgets.put(2027, 200_000.0);
        return budgets;
    }

    private static InvestmentPlan phased() {
        List<SchoolYear> rows = new SchoolImporter().importFile(SCHOOLS).schools();
        return new PhasedPlanner(
                        StandardCatalogue.load(StandardCatalogue.DEFAULT_ID),
                        CostsReader.shipped(),
                        InvestmentJobKind.TIME_LIMIT)
                .plan(2025, rows, budgets());
    }

    @Test
    void aPhasedDocumentIsReadBackAndWrittenAgainByteForByte() {
        InvestmentPlan plan = phased();
        assertThat(plan.phasing()).isNotNull();
        assertThat(plan.phasing().actions()).extracting(a -> a.year()).contains(2026);
        String cli = InvestmentPlanJson.write(plan);
        // The database's jsonb keeps no order of keys: read it back from another order.
        String reordered = JSON.writeValueAsString(new TreeMap<>(JSON.readValue(cli, Map.class)));
        assertThat(reordered).isNotEqualTo(cli);

        InvestmentPlan read = InvestmentDocuments.read(JSON, reordered, CostsReader.shipped(), plan.countyOfSchool());

        assertThat(InvestmentPlanJson.write(read)).isEqualTo(cli);
        assertThat(read.phasing().budgets()).isEqualTo(budgets());
    }

    @Test
    void aPrincipalsCutOfAPhasedPlanHasTheirActionsWithTheirYearAndNoCountyFigure() {
        InvestmentPlan plan = phased();
        String school = plan.actions().getFirst().schoolCode();
        InvestmentPlan own = InvestmentDocuments.ofSchool(plan, school);
        assertThat(own.phasing().actions())
                .isNotEmpty()
                .allMatch(a -> a.action().schoolCode().equals(school));
        assertThat(own.phasing().actions()).hasSameSizeAs(own.actions());
        double ownCost = own.actions().stream().mapToDouble(a -> a.cost()).sum();
        assertThat(own.phasing().byCounty().values().stream()
                        .flatMap(List::stream)
                        .mapToDouble(y -> y.cost())
                        .sum())
                .isEqualTo(ownCost);
        assertThat(own.phasing().byCounty().values().stream().flatMap(List::stream))
                .allMatch(y -> y.compliantAfter().isEmpty());
        String json = InvestmentPlanJson.write(own);
        assertThat(json)
                .contains("\"budgetPerYear\":{\"2026\":200000,\"2027\":200000}")
                .doesNotContain("byYear");
        plan.actions().stream()
                .filter(a -> !a.schoolCode().equals(school))
                .forEach(a -> assertThat(json).doesNotContain(a.schoolCode()));
    }

    @Test
    void theRequestJsonKeepsTheBudgetsByYear() {
        var requests = new InvestmentRequests(JSON);
        var request = new InvestmentRequest(null, null, budgets());
        InvestmentRequest read = requests.read(requests.write(request));
        assertThat(read.budgetPerYear()).isEqualTo(budgets());
        assertThat(read.goal()).isEqualTo("budget-per-year");
        assertThat(requests.read(requests.write(new InvestmentRequest(1000.0, null)))
                        .budgetPerYear())
                .isNull();
    }

    @Test
    void budgetsByYearFollowTheCommandLinesRules() {
        assertThat(PhaseBudgets.read(List.of(entry("1", "2025", "0"), entry("2", "2028", "100.5")), 2025))
                .as("the data year itself, a gap, 0 yuan and decimals")
                .containsExactly(Map.entry(2025, 0.0), Map.entry(2028, 100.5));
        assertRefused(List.of(), "none", "budgetPerYear");
        assertRefused(List.of(entry("1", "2024", "1")), "early", "1 \"2024\": a phase year is the data year 2025");
        assertRefused(
                List.of(entry("1", "2026", "1"), entry("2", "2026", "1")),
                "order",
                "2 \"2026\": the years are in increasing order, each once (2026 after 2026)");
        assertRefused(List.of(entry("1", "2027", "1"), entry("2", "2026", "1")), "order", "2 \"2026\"");
        assertRefused(List.of(entry("1", "next", "1")), "year", "1 \"next\"");
        assertRefused(List.of(entry("1", "2026", null)), "missing", "1 \"2026\": the year's budget in yuan is missing");
        assertRefused(List.of(entry("1", "2026", "-1")), "budget", "1 \"-1\": the budget is a number of yuan");
        assertRefused(List.of(entry("1", "2026", "1e999")), "budget", "1 \"1e999\"");
        assertRefused(
                List.of(
                        entry("1", "2026", "1"),
                        entry("2", "2027", "1"),
                        entry("3", "2028", "1"),
                        entry("4", "2029", "1"),
                        entry("5", "2030", "1"),
                        entry("6", "2031", "1")),
                "tooMany",
                "at most 5 phase years");
    }

    private static PhaseBudgets.Entry entry(String field, String year, String budget) {
        return new PhaseBudgets.Entry(field, year, budget);
    }

    private static void assertRefused(List<PhaseBudgets.Entry> entries, String rule, String message) {
        assertThatThrownBy(() -> PhaseBudgets.read(entries, 2025))
                .isInstanceOfSatisfying(
                        PhaseBudgets.Refused.class, r -> assertThat(r.rule()).isEqualTo(rule))
                .hasMessageContaining(message);
    }
}
