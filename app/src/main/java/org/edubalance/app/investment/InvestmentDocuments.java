package org.edubalance.app.investment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.investment.CostTable;
import org.edubalance.core.investment.InvestmentKind;
import org.edubalance.core.investment.PlannedAction;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.planning.PlanningStatus;
import org.edubalance.planning.investment.InvestmentPlan;
import org.edubalance.planning.investment.InvestmentPlan.CountyInvestment;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a stored plan document back into the planner's {@link InvestmentPlan}, so that every download is written by
 * planning's one writer (InvestmentPlanJson) and the workbook by the report module. The database keeps the document as
 * {@code jsonb}, which does not keep the order of keys: the maps are rebuilt in the planner's order (segments in their
 * order, indicators in the standard's).
 */
final class InvestmentDocuments {
    private InvestmentDocuments() {}

    static InvestmentPlan read(JsonMapper json, String document, CostTable costs, Map<String, String> countyOf) {
        JsonNode d = json.readTree(document);
        List<PlannedAction> actions = new ArrayList<>();
        for (JsonNode a : d.get("actions")) {
            String name = a.get("action").asString();
            InvestmentKind kind = costs.action(name)
                    .map(x -> x.kind())
                    .orElseThrow(() -> new IllegalStateException("The plan's action " + name + " is not in its costs"));
            JsonNode segment = a.get("segment");
            actions.add(new PlannedAction(
                    a.get("schoolCode").asString(),
                    segment == null || segment.isNull() ? null : Segment.valueOf(segment.asString()),
                    name,
                    kind,
                    a.get("quantity").asLong(),
                    a.get("cost").asDouble()));
        }
        List<CountyInvestment> counties = new ArrayList<>();
        for (JsonNode c : d.get("counties")) {
            counties.add(new CountyInvestment(
                    c.get("code").asString(),
                    c.get("cost").asDouble(),
                    counts(c.get("compliantBefore")),
                    counts(c.get("compliantAfter")),
                    cvs(c.get("cvBefore")),
                    cvs(c.get("cvAfter"))));
        }
        JsonNode budget = d.get("budget");
        return new InvestmentPlan(
                d.get("standard").asString(),
                d.get("year").asInt(),
                d.get("goal").asString(),
                budget == null || budget.isNull() ? null : budget.asDouble(),
                PlanningStatus.valueOf(d.get("status").asString()),
                d.get("totalCost").asDouble(),
                d.get("bound").asDouble(),
                d.get("gap").asDouble(),
                actions,
                counties,
                null,
                countyOf);
    }

    /**
     * What a principal of {@code school} may receive of {@code plan}: their school's actions, their cost as the total,
     * and no county figure (from which the other schools could be inferred).
     */
    static InvestmentPlan ofSchool(InvestmentPlan plan, String school) {
        List<PlannedAction> own = plan.actions().stream()
                .filter(a -> a.schoolCode().equals(school))
                .toList();
        double cost = own.stream().mapToDouble(PlannedAction::cost).sum();
        Map<String, String> county = new LinkedHashMap<>();
        if (plan.countyOfSchool().containsKey(school)) {
            county.put(school, plan.countyOfSchool().get(school));
        }
        return new InvestmentPlan(
                plan.standard(),
                plan.year(),
                plan.goal(),
                plan.budget(),
                plan.status(),
                cost,
                plan.bound(),
                plan.gap(),
                own,
                List.of(),
                plan.reason(),
                county);
    }

    private static Map<Segment, Integer> counts(JsonNode node) {
        Map<Segment, Integer> map = new EnumMap<>(Segment.class);
        for (Segment s : Segment.values()) {
            if (node.has(s.name())) {
                map.put(s, node.get(s.name()).asInt());
            }
        }
        return map;
    }

    private static Map<Segment, Map<String, @Nullable Double>> cvs(JsonNode node) {
        Map<Segment, Map<String, @Nullable Double>> map = new EnumMap<>(Segment.class);
        for (Segment s : Segment.values()) {
            JsonNode bySegment = node.get(s.name());
            if (bySegment == null) {
                continue;
            }
            Map<String, @Nullable Double> byIndicator = new LinkedHashMap<>();
            for (IndicatorDefinition i : InvestmentRequests.STANDARD.indicators()) {
                JsonNode cv = bySegment.get(i.id());
                if (cv != null) {
                    byIndicator.put(i.id(), cv.isNull() ? null : cv.asDouble());
                }
            }
            map.put(s, byIndicator);
        }
        return map;
    }
}
