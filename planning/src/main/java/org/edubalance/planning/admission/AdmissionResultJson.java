package org.edubalance.planning.admission;

import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import org.edubalance.core.json.JsonWriter;
import org.edubalance.planning.admission.AdmissionResult.Assignment;
import org.edubalance.planning.admission.AdmissionResult.Ranked;
import org.edubalance.planning.admission.AdmissionResult.SchoolLine;
import org.edubalance.planning.admission.AdmissionResult.Summary;
import org.edubalance.planning.lottery.LotteryInput;

/**
 * The result document of an admission round (docs/planning/admission.md §6): the keys and their order are the
 * published format, which the Python verifier writes too; arrays in the applicants file's order and by school code.
 */
public final class AdmissionResultJson {
    private final JsonWriter json;

    private AdmissionResultJson(JsonWriter json) {
        this.json = json;
    }

    /** The document as text. */
    public static String write(AdmissionResult result) {
        var text = new StringWriter();
        write(result, text);
        return text.toString();
    }

    /** Writes the document to {@code out}. */
    public static void write(AdmissionResult result, Writer out) {
        new AdmissionResultJson(new JsonWriter(out)).document(result);
    }

    /** Writes the document to {@code out} as UTF-8. */
    public static void write(AdmissionResult result, OutputStream out) {
        new AdmissionResultJson(new JsonWriter(out)).document(result);
    }

    private void document(AdmissionResult r) {
        json.beginObject();
        json.name("kind").value("admission");
        json.name("year").value((long) r.year());
        json.name("countyCode").value(r.county().value());
        json.name("entryGrade").value(r.grade().name());
        json.name("policy").value(r.policy());
        lottery(r.lottery());
        json.name("assignments").beginArray();
        for (Assignment a : r.assignments()) {
            json.beginObject();
            json.name("applicantId").value(a.applicantId());
            json.name("school").value(a.school() == null ? null : a.school().value());
            json.name("choiceRank");
            if (a.choiceRank() == null) {
                json.value((String) null);
            } else {
                json.value((long) a.choiceRank());
            }
            json.name("class")
                    .value(a.priorityClass() == null ? null : a.priorityClass().name());
            json.name("lotteryNumber").value(a.lotteryNumber());
            json.endObject();
        }
        json.endArray();
        json.name("schools").beginArray();
        for (SchoolLine s : r.schools()) {
            json.beginObject();
            json.name("code").value(s.code().value());
            json.name("seats").value((long) s.seats());
            json.name("admitted").value((long) s.admitted());
            json.name("applicants").value((long) s.applicants());
            json.name("lastAdmitted");
            Ranked last = s.lastAdmitted();
            if (last == null) {
                json.value((String) null);
            } else {
                json.beginObject();
                json.name("class").value(last.priorityClass().name());
                json.name("lotteryNumber").value(last.lotteryNumber());
                json.endObject();
            }
            json.endObject();
        }
        json.endArray();
        Summary s = r.summary();
        json.name("summary").beginObject();
        json.name("applicants").value((long) s.applicants());
        json.name("placed").value((long) s.placed());
        json.name("unplaced").value((long) s.unplaced());
        json.name("firstChoice").value((long) s.firstChoice());
        json.name("migrantApplicants").value((long) s.migrantApplicants());
        json.name("migrantPlacedPublic").value((long) s.migrantPlacedPublic());
        json.endObject();
        json.endObject();
        json.flush();
    }

    private void lottery(AdmissionResult.Lottery lottery) {
        json.name("lottery").beginObject();
        json.name("algorithm").value(lottery.algorithm());
        json.name("tieBreak").value(lottery.tieBreak().name());
        json.name("inputs").beginObject();
        for (LotteryInput input : lottery.inputs()) {
            json.name(input.name()).value(input.sha256());
        }
        json.endObject();
        json.name("commit").value(lottery.commit());
        json.name("publicValue").value(lottery.publicValue());
        json.name("seed").value(lottery.seed());
        json.endObject();
    }
}
