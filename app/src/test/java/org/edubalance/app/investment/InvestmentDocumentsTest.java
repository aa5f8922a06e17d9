package org.edubalance.app.investment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.edubalance.core.investment.CostTable;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.standard.StandardCatalogue;
import org.edubalance.dataimport.investment.CostsReader;
import org.edubalance.dataimport.policy.InvalidPolicyException;
import org.edubalance.dataimport.school.SchoolImporter;
import org.edubalance.planning.investment.InvestmentPlan;
import org.edubalance.planning.investment.InvestmentPlanJson;
import org.edubalance.planning.investment.InvestmentPlanner;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored document read back is the command line's document again, whatever order of keys the database gave it;
 * the costs reader's refusals are worded in both languages; a principal's cut keeps their school alone.
 */
class InvestmentDocumentsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The worked example of docs/planning/investment.md §6 (county 371002, 2025, one 2024 row besides). */
    private static final Path SCHOOLS = Path.of("../cli/src/test/resources/investment/schools.csv");

    private static InvestmentPlan example(CostTable costs) {
        List<SchoolYear> rows = new SchoolImporter().importFile(SCHOOLS).schools();
        return new InvestmentPlanner(StandardCatalogue.load(StandardCatalogue.DEFAULT_ID), costs)
                .compliance(2025, rows);
    }

    @Test
    void aDocumentWhoseKeysTheDatabaseReorderedIsWrittenAgainByteForByte() {
        CostTable costs = CostsReader.shipped();
        InvestmentPlan plan = example(costs);
        String cli = InvestmentPlanJson.write(plan);
        assertThat(plan.totalCost()).isEqualTo(331_000);
        // jsonb orders keys by length, then bytes; any order will do to show the reader does not depend on it.
        String reordered = JSON.writeValueAsString(sorted(JSON.readValue(cli, Object.class)));
        assertThat(reordered).isNotEqualTo(cli);

        InvestmentPlan read = InvestmentDocuments.read(JSON, reordered, costs, plan.countyOfSchool());

        assertThat(InvestmentPlanJson.write(read)).isEqualTo(cli);
    }

    @Test
    void aPrincipalsCutHoldsTheirSchoolsActionsAndNoCountyFigure() {
        InvestmentPlan plan = example(CostsReader.shipped());
        InvestmentPlan own = InvestmentDocuments.ofSchool(plan, "3710020002");
        assertThat(own.actions()).isNotEmpty().allMatch(a -> a.schoolCode().equals("3710020002"));
        assertThat(own.totalCost()).isEqualTo(210_000);
        assertThat(own.counties()).isEmpty();
        assertThat(InvestmentPlanJson.write(own)).doesNotContain("3710020001", "3710020003");
    }

    @Test
    void theReadersRefusalsAreWordedInBothLanguages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var costs = new InvestmentCosts(messages);
        String csv = "action,indicator,unit,unit_cost_yuan,step\n"
                + "build_sports_ground,sports_area_per_student,m2,400,1\n"
                + "rent_ground,pool_area,m2,150,100\n";
        InvalidPolicyException refusal = refusal(csv);
        assertThat(refusal).hasMessageContaining("row 3, column indicator, value \"pool_area\"");

        assertThat(costs.word(refusal, Locale.ENGLISH))
                .isEqualTo("The costs were refused: row 3, column indicator, value \"pool_area\": the indicator is not"
                        + " one of the seven 2017 resource indicators.");
        assertThat(costs.word(refusal, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("成本被拒绝：第 3 行，列 indicator，值“pool_area”：该指标不是 2017 年标准的七项资源配置指标之一。");
        assertThat(costs.word(refusal("action,unit\n"), Locale.SIMPLIFIED_CHINESE))
                .startsWith("成本被拒绝：第 1 行缺少列 indicator");
        InvalidPolicyException twice = refusal("action,indicator,unit,unit_cost_yuan,step\n"
                + "build_sports_ground,sports_area_per_student,m2,400,1\n"
                + "build_sports_ground,sports_area_per_student,m2,300,1\n");
        assertThat(costs.word(twice, Locale.SIMPLIFIED_CHINESE)).contains("第 3 行", "每项措施只能列一次");
    }

    private static InvalidPolicyException refusal(String csv) {
        try {
            InvestmentCosts.read(csv);
        } catch (InvalidPolicyException e) {
            return e;
        }
        throw new AssertionError("accepted: " + csv);
    }

    @SuppressWarnings("unchecked")
    private static Object sorted(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> out = new TreeMap<>(
                    (a, b) -> a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b));
            ((Map<String, Object>) map).forEach((k, v) -> out.put(k, sorted(v)));
            return out;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(InvestmentDocumentsTest::sorted).toList();
        }
        return node;
    }
}
