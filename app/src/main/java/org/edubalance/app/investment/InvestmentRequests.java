package org.edubalance.app.investment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.edubalance.core.standard.Standard;
import org.edubalance.core.standard.StandardCatalogue;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request JSON of investment jobs: {@code {"goal":…,"budget":…,"costs":…}}, and under phasing {@code
 * "budgetPerYear":{"2026":…}}.
 */
@Component
final class InvestmentRequests {
    /** The standard the platform plans towards: the command line's default, a 2017 standard with a per-school rule. */
    static final Standard STANDARD = StandardCatalogue.load(StandardCatalogue.DEFAULT_ID);

    private final JsonMapper json;

    InvestmentRequests(JsonMapper json) {
        this.json = json;
    }

    String write(InvestmentRequest request) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("goal", request.goal());
        map.put("budget", request.budget());
        map.put("costs", request.costsCsv());
        if (request.budgetPerYear() != null) {
            Map<String, Double> byYear = new LinkedHashMap<>();
            request.budgetPerYear().forEach((year, yuan) -> byYear.put(year.toString(), yuan));
            map.put("budgetPerYear", byYear);
        }
        return json.writeValueAsString(map);
    }

    InvestmentRequest read(String requestJson) {
        JsonNode node = json.readTree(requestJson);
        JsonNode budget = node.get("budget");
        JsonNode costs = node.get("costs");
        JsonNode byYear = node.get("budgetPerYear");
        SortedMap<Integer, Double> budgets = null;
        if (byYear != null && !byYear.isNull()) {
            budgets = new TreeMap<>();
            for (var e : byYear.properties()) {
                budgets.put(Integer.valueOf(e.getKey()), e.getValue().asDouble());
            }
        }
        return new InvestmentRequest(
                budget == null || budget.isNull() ? null : budget.asDouble(),
                costs == null || costs.isNull() ? null : costs.asString(),
                budgets);
    }
}
