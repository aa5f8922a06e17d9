package org.edubalance.planning.rotation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.edubalance.planning.PlanningOutcome;
import org.edubalance.planning.Reason;
import org.jspecify.annotations.Nullable;

/**
 * The one writer of the {@link RotationPlanDocument}: {@code plan rotation --out plan.json}, the stored job result and
 * the API's result are its output, key for key. Written by hand (a few dozen keys) so the planning module needs no
 * JSON library; non-finite numbers are written as {@code null}.
 */
public final class RotationPlanJson {
    private final Appendable out;
    private boolean needComma;

    private RotationPlanJson(Appendable out) {
        this.out = out;
    }

    /** {@code document} as JSON text. */
    public static String write(RotationPlanDocument document) {
        var text = new StringBuilder(4096);
        write(document, text);
        return text.toString();
    }

    /** Writes {@code document} to {@code out}. */
    public static void write(RotationPlanDocument document, Appendable out) {
        new RotationPlanJson(out).document(document);
    }

    private void document(RotationPlanDocument d) {
        begin('{');
        name("county").string(d.county());
        name("year").number(d.year());
        name("policy").string(d.policy());
        name("outcome");
        outcome(d.outcome());
        var s = d.summary();
        name("summary");
        begin('{');
        name("eligible").number(s.eligible());
        name("minimumMovers").number(s.minimumMovers());
        name("movers").number(s.movers());
        name("backboneMovers").number(s.backboneMovers());
        name("totalCommuteKm").number(s.totalCommuteKm());
        name("balance").number(s.balance());
        name("valid").bool(s.valid());
        end('}');
        name("moves");
        begin('[');
        for (var m : d.moves()) {
            begin('{');
            name("teacherId").string(m.teacherId());
            name("fromSchool").string(m.fromSchool());
            name("toSchool").string(m.toSchool());
            name("segment").string(m.segment().name());
            name("subject").string(m.subject().name());
            name("backbone").bool(m.backbone());
            name("distanceKm").number(m.distanceKm());
            name("reasons");
            reasons(m.reasons());
            end('}');
        }
        end(']');
        name("cvs");
        cvs(d.cvs());
        name("policyChecks");
        begin('[');
        for (var c : d.policyChecks()) {
            begin('{');
            name("rule");
            reason(c.rule());
            name("required");
            reason(c.required());
            name("actual");
            reason(c.actual());
            name("passed").bool(c.passed());
            end('}');
        }
        end(']');
        name("violations");
        reasons(d.violations());
        name("alternatives");
        begin('[');
        for (var a : d.alternatives()) {
            begin('{');
            name("name").string(a.name());
            name("outcome");
            outcome(a.outcome());
            name("movers").number(a.movers());
            name("balance").number(a.balance());
            name("valid").bool(a.valid());
            name("cvs");
            cvs(a.cvs());
            end('}');
        }
        end(']');
        end('}');
    }

    private void outcome(PlanningOutcome o) {
        begin('{');
        name("status").string(o.status().name());
        name("objective").number(o.objective());
        name("bound").number(o.bound());
        name("gap").number(o.gap());
        name("solver").string(o.solver());
        name("seconds").number(o.seconds());
        end('}');
    }

    private void cvs(List<RotationPlanDocument.CvLine> cvs) {
        begin('[');
        for (var c : cvs) {
            begin('{');
            name("segment").string(c.segment().name());
            name("indicator").string(c.indicator());
            name("before").number(c.before());
            name("after").number(c.after());
            end('}');
        }
        end(']');
    }

    private void reasons(List<Reason> reasons) {
        begin('[');
        reasons.forEach(this::reason);
        end(']');
    }

    private void reason(Reason r) {
        begin('{');
        name("code").string(r.code());
        name("params");
        begin('{');
        for (Map.Entry<String, Object> p : r.params().entrySet()) {
            name(p.getKey());
            if (p.getValue() instanceof Number n) {
                number(n);
            } else {
                string(p.getValue().toString());
            }
        }
        end('}');
        end('}');
    }

    private void begin(char bracket) {
        separator();
        append(String.valueOf(bracket));
        needComma = false;
    }

    private void end(char bracket) {
        append(String.valueOf(bracket));
        needComma = true;
    }

    private RotationPlanJson name(String name) {
        separator();
        quoted(name);
        append(":");
        needComma = false;
        return this;
    }

    private void string(String value) {
        separator();
        quoted(value);
        needComma = true;
    }

    private void bool(boolean value) {
        separator();
        append(Boolean.toString(value));
        needComma = true;
    }

    private void number(@Nullable Number value) {
        separator();
        if (value == null || value instanceof Double d && !Double.isFinite(d)) {
            append("null");
        } else if (value instanceof Double || value instanceof Float) {
            append(Double.toString(value.doubleValue()));
        } else {
            append(Long.toString(value.longValue()));
        }
        needComma = true;
    }

    private void separator() {
        if (needComma) {
            append(",");
        }
    }

    private void quoted(String s) {
        var b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        append(b.append('"').toString());
    }

    private void append(String text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
