package org.edubalance.planning.groups;

import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import org.edubalance.core.json.JsonWriter;
import org.edubalance.core.pairing.UnplacedReason;
import org.edubalance.planning.groups.GroupPlan.Group;
import org.edubalance.planning.groups.GroupPlan.Member;
import org.edubalance.planning.groups.GroupPlan.Unplaced;

/**
 * The school-group document (docs/planning/groups.md §4), the one writer of the command line and the API: compact,
 * the keys in the published order; km to the metre, strengths to four decimals; the unplaced reason as the published
 * English phrase naming the policy's figure, which the workbook words in its reader's language from its code.
 */
public final class GroupPlanJson {
    private final JsonWriter json;

    private GroupPlanJson(JsonWriter json) {
        this.json = json;
    }

    /** The document as text. */
    public static String write(GroupPlan plan) {
        var text = new StringWriter();
        write(plan, text);
        return text.toString();
    }

    /** Writes the document to {@code out}. */
    public static void write(GroupPlan plan, Writer out) {
        new GroupPlanJson(new JsonWriter(out)).document(plan);
    }

    /** Writes the document to {@code out} as UTF-8. */
    public static void write(GroupPlan plan, OutputStream out) {
        new GroupPlanJson(new JsonWriter(out)).document(plan);
    }

    /** The published phrase of {@code reason} in {@code plan} (its distance limit and strength floor). */
    public static String phrase(UnplacedReason reason, GroupPlan plan) {
        String km = GroupLimits.number(plan.maxDistanceKm());
        return switch (reason) {
            case NO_POSITION -> "no position";
            case NO_CORE_WITHIN_DISTANCE -> "no core school within " + km + " km";
            case GROUPS_FULL -> "every group within " + km + " km is full";
            case BELOW_STRENGTH_FLOOR ->
                "would pull every group within " + km + " km with room below the mean strength "
                        + GroupLimits.number(plan.minMeanStrength());
            case TIME_LIMIT -> "not placed before the time limit";
        };
    }

    private void document(GroupPlan plan) {
        json.beginObject();
        json.name("kind").value("groups");
        json.name("year").value((long) plan.year());
        json.name("countyCode").value(plan.countyCode());
        json.name("groups").beginArray();
        for (Group g : plan.groups()) {
            json.beginObject();
            json.name("segment").value(g.segment().name());
            json.name("core").value(g.core());
            json.name("members").beginArray();
            for (Member m : g.members()) {
                json.beginObject();
                json.name("school").value(m.school());
                json.name("km").decimal(m.km());
                json.name("strength").decimal(m.strength());
                json.endObject();
            }
            json.endArray();
            json.name("size").value((long) g.size());
            json.name("meanStrength").decimal(g.meanStrength());
            json.name("km").decimal(g.km());
            json.endObject();
        }
        json.endArray();
        json.name("unplaced").beginArray();
        for (Unplaced u : plan.unplaced()) {
            json.beginObject();
            json.name("segment").value(u.segment().name());
            json.name("school").value(u.school());
            json.name("reason").value(phrase(u.reason(), plan));
            json.endObject();
        }
        json.endArray();
        GroupPlan.Summary s = plan.summary();
        json.name("summary").beginObject();
        json.name("cores").value((long) s.cores());
        json.name("members").value((long) s.members());
        json.name("placed").value((long) s.placed());
        json.name("totalKm").decimal(s.totalKm());
        json.name("status").value(s.status().name());
        json.name("bound").decimal(s.bound());
        json.name("gap").decimal(Math.round(s.gap() * 1e6) / 1e6);
        json.name("seconds").decimal(s.seconds());
        json.endObject();
        json.endObject();
        json.flush();
    }
}
