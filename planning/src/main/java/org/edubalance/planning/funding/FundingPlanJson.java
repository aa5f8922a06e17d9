package org.edubalance.planning.funding;

import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import org.edubalance.core.json.JsonWriter;
import org.edubalance.core.school.Location;
import org.edubalance.planning.funding.FundingPlan.CountyFunding;
import org.edubalance.planning.funding.FundingPlan.SchoolFunding;
import org.jspecify.annotations.Nullable;

/**
 * The funding document (docs/planning/funding.md §5): compact, the keys in the published order; schools by county then
 * code, counties by code; money, CVs and ratios unrounded with their decimal point ({@code 1137500.0}); an undefined
 * figure is {@code null}; ratios keyed URBAN, TOWN, RURAL.
 */
public final class FundingPlanJson {
    private final JsonWriter json;

    private FundingPlanJson(JsonWriter json) {
        this.json = json;
    }

    /** The document as text. */
    public static String write(FundingPlan plan) {
        var text = new StringWriter();
        write(plan, text);
        return text.toString();
    }

    /** Writes the document to {@code out}. */
    public static void write(FundingPlan plan, Writer out) {
        new FundingPlanJson(new JsonWriter(out)).document(plan);
    }

    /** Writes the document to {@code out} as UTF-8. */
    public static void write(FundingPlan plan, OutputStream out) {
        new FundingPlanJson(new JsonWriter(out)).document(plan);
    }

    private void document(FundingPlan plan) {
        json.beginObject();
        json.name("kind").value("funding");
        json.name("year").value((long) plan.year());
        json.name("policy").value(plan.policy());
        json.name("schools").beginArray();
        for (SchoolFunding s : plan.schools()) {
            json.beginObject();
            json.name("code").value(s.code());
            json.name("countyCode").value(s.countyCode());
            json.name("students").value((long) s.students());
            json.name("allocation").decimal(s.allocation());
            json.name("perStudent");
            decimal(s.perStudent());
            json.name("current");
            decimal(s.current());
            json.name("difference");
            decimal(s.difference());
            json.endObject();
        }
        json.endArray();
        json.name("counties").beginArray();
        for (CountyFunding c : plan.counties()) {
            json.beginObject();
            json.name("code").value(c.code());
            json.name("total").decimal(c.total());
            json.name("cvCurrent");
            decimal(c.cvCurrent());
            json.name("cvFormula");
            decimal(c.cvFormula());
            json.name("ratioCurrent");
            ratios(c.ratioCurrent());
            json.name("ratioFormula");
            ratios(c.ratioFormula());
            json.endObject();
        }
        json.endArray();
        json.endObject();
        json.flush();
    }

    private void ratios(Map<Location, @Nullable Double> ratios) {
        json.beginObject();
        for (Location l : Location.values()) {
            json.name(l.name());
            decimal(ratios.get(l));
        }
        json.endObject();
    }

    private void decimal(@Nullable Double value) {
        if (value == null) {
            json.value((String) null);
        } else {
            json.decimal(value);
        }
    }
}
