package org.edubalance.planning.rotation;

import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.edubalance.core.json.JsonWriter;
import org.edubalance.planning.PlanningOutcome;
import org.edubalance.planning.Reason;
import org.jspecify.annotations.Nullable;

/**
 * The one writer of the {@link RotationPlanDocument}: {@code plan rotation --out plan.json}, the stored job result and
 * the API's result are its output, key for key, through the project's one {@link JsonWriter} (the evaluation
 * document's too); non-finite numbers are written as {@code null}.
 */
public final class RotationPlanJson {
    private final JsonWriter json;

    private RotationPlanJson(JsonWriter json) {
        this.json = json;
    }

    /** {@code document} as JSON text. */
    public static String write(RotationPlanDocument document) {
        var text = new StringWriter(4096);
        write(document, text);
        return text.toString();
    }

    /** Writes {@code document} to {@code out}. */
    public static void write(RotationPlanDocument document, Writer out) {
        var json = new JsonWriter(out);
        new RotationPlanJson(json).document(document);
        json.flush();
    }

    private void document(RotationPlanDocument d) {
        json.beginObject();
        json.name("county").value(d.county());
        number(json.name("year"), d.year());
        json.name("policy").value(d.policy());
        json.name("outcome");
        outcome(d.outcome());
        var s = d.summary();
        json.name("summary");
        json.beginObject();
        number(json.name("eligible"), s.eligible());
        number(json.name("minimumMovers"), s.minimumMovers());
        number(json.name("movers"), s.movers());
        number(json.name("backboneMovers"), s.backboneMovers());
        number(json.name("totalCommuteKm"), s.totalCommuteKm());
        number(json.name("balance"), s.balance());
        json.name("valid").value(s.valid());
        json.endObject();
        json.name("moves");
        json.beginArray();
        for (var m : d.moves()) {
            json.beginObject();
            json.name("teacherId").value(m.teacherId());
            json.name("fromSchool").value(m.fromSchool());
            json.name("toSchool").value(m.toSchool());
            json.name("segment").value(m.segment().name());
            json.name("subject").value(m.subject().name());
            json.name("backbone").value(m.backbone());
            number(json.name("distanceKm"), m.distanceKm());
            json.name("reasons");
            reasons(m.reasons());
            json.endObject();
        }
        json.endArray();
        json.name("cvs");
        cvs(d.cvs());
        json.name("policyChecks");
        json.beginArray();
        for (var c : d.policyChecks()) {
            json.beginObject();
            json.name("rule");
            reason(c.rule());
            json.name("required");
            reason(c.required());
            json.name("actual");
            reason(c.actual());
            json.name("passed").value(c.passed());
            json.endObject();
        }
        json.endArray();
        json.name("violations");
        reasons(d.violations());
        json.name("alternatives");
        json.beginArray();
        for (var a : d.alternatives()) {
            json.beginObject();
            json.name("name").value(a.name());
            json.name("outcome");
            outcome(a.outcome());
            number(json.name("movers"), a.movers());
            number(json.name("balance"), a.balance());
            json.name("valid").value(a.valid());
            json.name("cvs");
            cvs(a.cvs());
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private void outcome(PlanningOutcome o) {
        json.beginObject();
        json.name("status").value(o.status().name());
        number(json.name("objective"), o.objective());
        number(json.name("bound"), o.bound());
        number(json.name("gap"), o.gap());
        json.name("solver").value(o.solver());
        number(json.name("seconds"), o.seconds());
        json.endObject();
    }

    private void cvs(List<RotationPlanDocument.CvLine> cvs) {
        json.beginArray();
        for (var c : cvs) {
            json.beginObject();
            json.name("segment").value(c.segment().name());
            json.name("indicator").value(c.indicator());
            number(json.name("before"), c.before());
            number(json.name("after"), c.after());
            json.endObject();
        }
        json.endArray();
    }

    private void reasons(List<Reason> reasons) {
        json.beginArray();
        reasons.forEach(this::reason);
        json.endArray();
    }

    private void reason(Reason r) {
        json.beginObject();
        json.name("code").value(r.code());
        json.name("params");
        json.beginObject();
        for (Map.Entry<String, Object> p : r.params().entrySet()) {
            json.name(p.getKey());
            if (p.getValue() instanceof Number n) {
                number(json, n);
            } else {
                json.value(p.getValue().toString());
            }
        }
        json.endObject();
        json.endObject();
    }

    /** A count as a whole number, a figure as Java writes a double ({@code 2.0}); null and non-finite as {@code null}. */
    private static void number(JsonWriter json, @Nullable Number value) {
        if (value == null) {
            json.nullableNumber(null);
        } else if (value instanceof Double || value instanceof Float) {
            json.decimal(value.doubleValue());
        } else {
            json.value(value.longValue());
        }
    }
}
