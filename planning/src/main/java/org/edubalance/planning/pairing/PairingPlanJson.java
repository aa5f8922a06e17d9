package org.edubalance.planning.pairing;

import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Locale;
import org.edubalance.core.json.JsonWriter;
import org.edubalance.core.pairing.UnpairedReason;
import org.edubalance.planning.pairing.PairingPlan.Pair;
import org.edubalance.planning.pairing.PairingPlan.Unpaired;

/**
 * The pairing document (docs/planning/pairing.md §4): compact, the keys in the published order; distances in km to
 * the metre with their decimal point; the unpaired reason as the published English phrase, naming the policy's
 * distance ("no mentor within 30 km"), which the pages and the workbook word in their reader's language from its code.
 */
public final class PairingPlanJson {
    private final JsonWriter json;

    private PairingPlanJson(JsonWriter json) {
        this.json = json;
    }

    /** The document as text. */
    public static String write(PairingPlan plan) {
        var text = new StringWriter();
        write(plan, text);
        return text.toString();
    }

    /** Writes the document to {@code out}. */
    public static void write(PairingPlan plan, Writer out) {
        new PairingPlanJson(new JsonWriter(out)).document(plan);
    }

    /** Writes the document to {@code out} as UTF-8. */
    public static void write(PairingPlan plan, OutputStream out) {
        new PairingPlanJson(new JsonWriter(out)).document(plan);
    }

    /** The published phrase of {@code reason} under a distance limit of {@code km}. */
    public static String phrase(UnpairedReason reason, double km) {
        String limit = km == Math.rint(km) ? Long.toString((long) km) : String.format(Locale.ROOT, "%s", km);
        return switch (reason) {
            case NO_POSITION -> "no position";
            case NO_MENTOR_WITHIN_DISTANCE -> "no mentor within " + limit + " km";
            case MENTORS_FULL -> "every mentor within " + limit + " km is full";
        };
    }

    private void document(PairingPlan plan) {
        json.beginObject();
        json.name("kind").value("pairing");
        json.name("year").value((long) plan.year());
        json.name("countyCode").value(plan.countyCode());
        json.name("pairs").beginArray();
        for (Pair p : plan.pairs()) {
            json.beginObject();
            json.name("segment").value(p.segment().name());
            json.name("mentor").value(p.mentor());
            json.name("mentee").value(p.mentee());
            json.name("km").decimal(p.km());
            json.endObject();
        }
        json.endArray();
        json.name("unpaired").beginArray();
        for (Unpaired u : plan.unpaired()) {
            json.beginObject();
            json.name("segment").value(u.segment().name());
            json.name("school").value(u.school());
            json.name("reason").value(phrase(u.reason(), plan.maxDistanceKm()));
            json.endObject();
        }
        json.endArray();
        PairingPlan.Summary s = plan.summary();
        json.name("summary").beginObject();
        json.name("mentors").value((long) s.mentors());
        json.name("mentees").value((long) s.mentees());
        json.name("paired").value((long) s.paired());
        json.name("totalKm").decimal(s.totalKm());
        json.name("status").value(s.status().name());
        json.endObject();
        json.endObject();
        json.flush();
    }
}
