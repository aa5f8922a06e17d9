package org.edubalance.planning.zoning;

import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import org.edubalance.core.json.JsonWriter;
import org.edubalance.planning.PlanningOutcome;
import org.jspecify.annotations.Nullable;

/**
 * The zoning result document (docs/planning/zoning.md §6): what {@code edubalance plan zones --out} writes and the
 * API returns, byte for byte. Compact, keys in the published order; the outcome's fields at the top level as the
 * contract shows them, {@code solver} after {@code seconds}; blocks by id, schools by code, years ascending; entrants,
 * km and the objective unrounded.
 */
public final class ZoningPlanJson {
    private final JsonWriter json;

    private ZoningPlanJson(JsonWriter json) {
        this.json = json;
    }

    /** The document of {@code plan} as text. */
    public static String write(ZoningPlan plan) {
        var text = new StringWriter();
        write(plan, text);
        return text.toString();
    }

    /** Writes the document to {@code out}. */
    public static void write(ZoningPlan plan, Writer out) {
        new ZoningPlanJson(new JsonWriter(out)).document(plan);
    }

    /** Writes the document to {@code out} as UTF-8. */
    public static void write(ZoningPlan plan, OutputStream out) {
        new ZoningPlanJson(new JsonWriter(out)).document(plan);
    }

    private void document(ZoningPlan p) {
        PlanningOutcome o = p.outcome();
        json.beginObject();
        json.name("kind").value("zoning");
        json.name("year").value((long) p.year());
        json.name("countyCode").value(p.county().value());
        json.name("entryGrade").value(p.grade().name());
        json.name("planYear").value((long) p.planYear());
        json.name("status").value(o.status().name());
        decimal(json.name("objective"), o.objective());
        decimal(json.name("bound"), o.bound());
        decimal(json.name("gap"), o.gap());
        json.name("seconds").decimal(o.seconds());
        json.name("solver").value(o.solver());
        json.name("blocks").beginArray();
        for (BlockAssignment b : p.blocks()) {
            json.beginObject();
            json.name("blockId").value(b.blockId());
            json.name("school").value(b.school().value());
            json.name("entrants").decimal(b.entrants());
            json.name("km").decimal(b.km());
            json.endObject();
        }
        json.endArray();
        json.name("schools").beginArray();
        for (SchoolLoad s : p.schools()) {
            json.beginObject();
            json.name("code").value(s.code().value());
            json.name("seats").value((long) s.seats());
            json.name("load").beginArray();
            for (SchoolLoad.YearLoad y : s.load()) {
                json.beginObject();
                json.name("year").value((long) y.year());
                json.name("entrants").decimal(y.entrants());
                json.endObject();
            }
            json.endArray();
            json.endObject();
        }
        json.endArray();
        ZoningChecks c = p.checks();
        json.name("checks").beginObject();
        json.name("complete").value(c.complete());
        json.name("capacity").value(c.capacity());
        json.name("contiguity").value(c.contiguity());
        json.name("distance").value(c.distance());
        json.endObject();
        json.endObject();
        json.flush();
    }

    private static void decimal(JsonWriter at, @Nullable Double value) {
        if (value == null) {
            at.value((String) null);
        } else {
            at.decimal(value);
        }
    }
}
