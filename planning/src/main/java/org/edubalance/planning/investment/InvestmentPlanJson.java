package org.edubalance.planning.investment;

import java.io.OutputStream;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.edubalance.core.investment.PlannedAction;
import org.edubalance.core.json.JsonWriter;
import org.edubalance.core.school.Segment;
import org.edubalance.planning.investment.InvestmentPlan.CountyInvestment;
import org.edubalance.planning.investment.InvestmentPlan.Phasing;
import org.edubalance.planning.investment.InvestmentPlan.YearFigures;
import org.jspecify.annotations.Nullable;

/**
 * The investment document (docs/planning/investment.md §5): compact, exactly the published keys in the published
 * order; money in yuan as a plain number ({@code 1225000}, decimals only when a cost has them), {@code gap} with its
 * decimal point, CVs unrounded, a CV that cannot be evaluated {@code null}; {@code segment} null for a whole-school
 * action. Under {@code budget-per-year} each action has its {@code year} (first) and each county its {@code byYear}
 * figures; for the other goals both are absent and {@code budgetPerYear} is {@code null}.
 */
public final class InvestmentPlanJson {
    private final JsonWriter json;

    private InvestmentPlanJson(JsonWriter json) {
        this.json = json;
    }

    /** The document as text. */
    public static String write(InvestmentPlan plan) {
        var text = new StringWriter();
        var writer = new InvestmentPlanJson(new JsonWriter(text));
        writer.document(plan);
        return text.toString();
    }

    /** Writes the document to {@code out} as UTF-8. */
    public static void write(InvestmentPlan plan, OutputStream out) {
        new InvestmentPlanJson(new JsonWriter(out)).document(plan);
    }

    private void document(InvestmentPlan plan) {
        json.beginObject();
        json.name("kind").value("investment");
        json.name("standard").value(plan.standard());
        json.name("year").value((long) plan.year());
        json.name("goal").value(plan.goal());
        json.name("budget").nullableNumber(plan.budget());
        Phasing phasing = plan.phasing();
        json.name("budgetPerYear");
        if (phasing == null) {
            json.value((String) null);
        } else {
            json.beginObject();
            phasing.budgets().forEach((year, yuan) -> json.name(year.toString()).value(yuan));
            json.endObject();
        }
        json.name("status").value(plan.status().name());
        json.name("totalCost").value(plan.totalCost());
        json.name("bound").value(plan.bound());
        json.name("gap").decimal(plan.gap());
        json.name("actions").beginArray();
        for (int i = 0; i < plan.actions().size(); i++) {
            PlannedAction a = plan.actions().get(i);
            json.beginObject();
            if (phasing != null) {
                json.name("year").value((long) phasing.actions().get(i).year());
            }
            json.name("schoolCode").value(a.schoolCode());
            json.name("segment").value(a.segment() == null ? null : a.segment().name());
            json.name("action").value(a.action());
            json.name("quantity").value(a.quantity());
            json.name("cost").value(a.cost());
            json.endObject();
        }
        json.endArray();
        json.name("counties").beginArray();
        for (CountyInvestment c : plan.counties()) {
            json.beginObject();
            json.name("code").value(c.code());
            json.name("cost").value(c.cost());
            json.name("compliantBefore");
            counts(c.compliantBefore());
            json.name("compliantAfter");
            counts(c.compliantAfter());
            json.name("cvBefore");
            cvs(c.cvBefore());
            json.name("cvAfter");
            cvs(c.cvAfter());
            if (phasing != null) {
                byYear(phasing.byCounty().getOrDefault(c.code(), List.of()));
            }
            json.endObject();
        }
        json.endArray();
        json.endObject();
        json.flush();
    }

    private void byYear(List<YearFigures> years) {
        json.name("byYear").beginArray();
        for (YearFigures y : years) {
            json.beginObject();
            json.name("year").value((long) y.year());
            json.name("cost").value(y.cost());
            json.name("compliantAfter");
            counts(y.compliantAfter());
            json.endObject();
        }
        json.endArray();
    }

    private void counts(Map<Segment, Integer> counts) {
        json.beginObject();
        counts.forEach((segment, n) -> json.name(segment.name()).value((long) n));
        json.endObject();
    }

    private void cvs(Map<Segment, Map<String, @Nullable Double>> cvs) {
        json.beginObject();
        cvs.forEach((segment, byIndicator) -> {
            json.name(segment.name()).beginObject();
            byIndicator.forEach((id, cv) -> json.name(id).nullableNumber(cv));
            json.endObject();
        });
        json.endObject();
    }
}
