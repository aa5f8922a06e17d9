package org.edubalance.cli.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.edubalance.app.evaluation.EvaluationResponse;
import org.edubalance.cli.data.CountyGaps;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.demo.DemoData;
import org.edubalance.core.demo.DemoDataGenerator;
import org.edubalance.core.demo.DemoScale;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.YearEvaluator;
import org.edubalance.core.json.JsonWriter;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.standard.StandardCatalogue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** The API's evaluation document (app) and {@code evaluate --format json} (cli) are the same document. */
class ApiEvaluationDocumentTest {
    /** Equal nodes, numbers by value: the CLI writes {@code 5} where Jackson writes {@code 5.0}. */
    private static final Comparator<JsonNode> BY_VALUE = (a, b) -> {
        if (a.equals(b)) {
            return 0;
        }
        return a.isNumber() && b.isNumber() && a.doubleValue() == b.doubleValue() ? 0 : 1;
    };

    @ParameterizedTest
    @ValueSource(strings = {"cn-2017-quality", "cn-2012-basic"})
    void theApiWritesTheCliDocument(String standardId) throws Exception {
        DemoData demo = new DemoDataGenerator(5).generate(DemoScale.COUNTY, 2025);
        Map<RegionCode, CountyInputs> inputs = new HashMap<>();
        demo.countyInputs().forEach(c -> inputs.put(c.county(), c));
        var standard = StandardCatalogue.shipped(standardId);
        Evaluation evaluation = new YearEvaluator(standard).evaluate(demo.schools(), 2025, inputs);
        var shortfalls = CountyGaps.shortfalls(standard, evaluation);
        var cli = new StringWriter();
        new EvaluationJsonWriter().write(evaluation, shortfalls, new JsonWriter(cli));

        String api = JsonMapper.builder().build().writeValueAsString(EvaluationResponse.of(evaluation, shortfalls));

        ObjectMapper json = new ObjectMapper();
        JsonNode expected = json.readTree(cli.toString());
        JsonNode actual = json.readTree(api);
        assertThat(actual.equals(BY_VALUE, expected))
                .as("API document\n%s\nCLI document\n%s", api, cli)
                .isTrue();
    }
}
