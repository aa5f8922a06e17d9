package org.edubalance.app.investment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.edubalance.core.investment.CostTable;
import org.edubalance.core.investment.InvestmentKind;
import org.edubalance.core.investment.PlannedAction;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.planning.PlanningStatus;
import org.edubalance.planning.investment.InvestmentPlan;
import org.edubalance.planning.investment.InvestmentPlan.CountyInvestment;
import org.edubalance.planning.investment.InvestmentPlan.PhasedAction;
import org.edubalance.planning.investment.InvestmentPlan.Phasing;
import org.edubalance.planning.investment.InvestmentPlan.YearFigures;
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
        List<PhasedAction> phased = new ArrayList<>();
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
            if (a.has("year")) {
                phased.add(new PhasedAction(a.get("year").asInt(), actions.getLast()));
            }
        }
        Map<String, List<YearFigures>> byCounty = new LinkedHashMap<>();
        List<CountyInvestment> counties = new ArrayList<>();
        for (JsonNode c : d.get("counties")) {
            counties.add(new CountyInvestment(
                    c.get("code").asString(),
                    c.get("cost").asDouble(),
                    counts(c.get("compliantBefore")),
                    counts(c.get("compliantAfter")),
                    cvs(c.get("cvBefore")),
                    cvs(c.get("cvAfter"))));
            if (c.has("byYear")) {
                List<YearFigures> years = new ArrayList<>();
                for (JsonNode y : c.get("byYear")) {
                    years.add(new YearFigures(
                            y.get("year").asInt(), y.get("cost").asDouble(), counts(y.get("compliantAfter"))));
                }
                byCounty.put(c.get("code").asString(), years);
            }
        }
        JsonNode perYear = d.get("budgetPerYear");
        @Nullable Phasing phasing = null;
        if (perYear != null && !perYear.isNull()) {
            SortedMap<Integer, Double> budgets = new TreeMap<>();
            for (var e : perYear.properties()) {
                budgets.put(Integer.valueOf(e.getKey()), e.getValue().asDouble());
            }
            phasing = new Phasing(budgets, phased, byCounty);
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
                countyOf,
                phasing);
    }

    /**
     * What a principal of {@code school} may receive of {@code plan}: their school's actions, their cost as the total,
     * and no county figure (from which the other schools could be inferred). Under phasing: the budgets by year (the
     * bureau's, as the budget of the other goals), their actions with their year, and no county's figures by year.
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
        Phasing phasing = plan.phasing() == null ? null : ofSchool(plan.phasing(), school, county.get(school));
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
                county,
                phasing);
    }

    /**
     * The phasing a principal receives: the budgets, their school's actions with their year and, under their county's
     * code, only what their school's actions cost each year (no county's compliant segments: the document writes no
     * county at all, and the workbook's year sheet sums this).
     */
    private static Phasing ofSchool(Phasing phasing, String school, @Nullable String county) {
        List<PhasedAction> own = phasing.actions().stream()
                .filter(a -> a.action().schoolCode().equals(school))
                .toList();
        List<YearFigures> years = new ArrayList<>();
        phasing.budgets()
                .keySet()
                .forEach(y -> years.add(new YearFigures(
                        y,
                        own.stream()
                                .filter(a -> a.year() == y)
                                .mapToDouble(a -> a.action().cost())
                                .sum(),
                        Map.of())));
        return new Phasing(phasing.budgets(), own, county == null ? Map.of() : Map.of(county, years));
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
